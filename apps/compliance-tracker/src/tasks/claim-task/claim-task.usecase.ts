import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { activeLeaveOf } from '../../officer-leave/leave-cover';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task } from '../task.entity';
import { ClaimTaskCommand } from './claim-task.command';

/**
 * An officer takes an open task: it becomes theirs, or their cover's while they are on leave
 * (without a cover it stays in the team queue). Claiming a claimed or closed task is a conflict.
 */
@Injectable()
export class ClaimTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  execute(command: ClaimTaskCommand): Promise<{ id: string; status: 'CLAIMED'; assignee: string }> {
    return this.unitOfWork.run(async (em) => {
      const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw taskNotFound(command.taskId);
      if (task.status !== 'OPEN') throw illegalTransition(task.status, 'claim it');
      const now = this.clock.now();
      const leave = await activeLeaveOf(em, command.actor.id, now);
      if (leave && !leave.cover) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `${command.actor.username} is on leave until ${leave.endsAt.toISOString()} with no cover: the task stays in the team queue` });
      }
      const assignee = leave?.cover ?? command.actor.username;
      await em.update(Task, { id: task.id }, { status: 'CLAIMED', assignee, claimedAt: now });
      const detail = { role: command.actor.role, ...(leave ? { leaveId: leave.leaveId, coveredBy: assignee } : {}) };
      await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: 'CLAIMED', detail });
      return { id: task.id, status: 'CLAIMED', assignee };
    });
  }
}
