import { Clock } from '@homeward/contracts';
import { UnitOfWork } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { illegalTransition, taskNotFound } from '../task-errors';
import { Task, TaskStatus } from '../task.entity';
import { CancelTaskCommand } from './cancel-task.command';
import { TaskCanceller } from './task-canceller';

/** A manager cancels open work (a police report made in error, a duplicate); closed work is a conflict. */
@Injectable()
export class CancelTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly canceller: TaskCanceller,
    private readonly clock: Clock,
  ) {}

  execute(command: CancelTaskCommand): Promise<{ id: string; status: TaskStatus }> {
    return this.unitOfWork.run(async (em) => {
      const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw taskNotFound(command.taskId);
      const cancelled = await this.canceller.cancel(em, task, {
        reason: command.reason,
        actor: command.actor.username,
        at: this.clock.now(),
        correlationId: command.correlationId,
        detail: { role: command.actor.role },
      });
      if (!cancelled) throw illegalTransition(task.status, 'cancel it');
      return { id: task.id, status: 'CANCELLED' };
    });
  }
}
