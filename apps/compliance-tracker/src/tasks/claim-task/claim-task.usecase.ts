import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task } from '../task.entity';
import { ClaimTaskCommand } from './claim-task.command';

/** An officer takes an open task: it becomes theirs. Claiming a claimed or closed task is a conflict. */
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
      await em.update(Task, { id: task.id }, { status: 'CLAIMED', assignee: command.actor.username, claimedAt: now });
      await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: 'CLAIMED', detail: { role: command.actor.role } });
      return { id: task.id, status: 'CLAIMED', assignee: command.actor.username };
    });
  }
}
