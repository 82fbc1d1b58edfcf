import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { activeLeaveOf } from '../../officer-leave/leave-cover';
import { taskAssigned } from '../task-assigned';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task } from '../task.entity';
import { ClaimTaskCommand } from './claim-task.command';
import { claimBy } from './claim-rule';

/** An officer takes an open task, as `claimBy` rules (history, task-assigned); claiming a claimed or closed task is a conflict. */
@Injectable()
export class ClaimTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute(command: ClaimTaskCommand): Promise<{ id: string; status: 'CLAIMED'; assignee: string }> {
    return this.unitOfWork.run(async (em) => {
      const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw taskNotFound(command.taskId);
      const now = this.clock.now();
      const claim = claimBy(task.status, command.actor.username, await activeLeaveOf(em, command.actor.id, now));
      if (!claim.ok && claim.problem === 'NOT_OPEN') throw illegalTransition(task.status, 'claim it');
      if (!claim.ok) {
        throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `${command.actor.username} is on leave until ${claim.until.toISOString()} with no cover: the task stays in the team queue` });
      }
      const { assignee, coveredBy } = claim;
      await em.update(Task, { id: task.id }, { status: 'CLAIMED', assignee, claimedAt: now });
      const detail = { role: command.actor.role, ...(coveredBy ? { leaveId: coveredBy.leaveId, coveredBy: assignee } : {}) };
      await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: 'CLAIMED', detail });
      const claimed = { ...task, status: 'CLAIMED' as const, assignee };
      await this.outbox.append(em, taskAssigned(claimed, { kind: 'CLAIMED', previousAssignee: null, by: command.actor.username, at: now, correlationId: command.correlationId }));
      return { id: task.id, status: 'CLAIMED', assignee };
    });
  }
}
