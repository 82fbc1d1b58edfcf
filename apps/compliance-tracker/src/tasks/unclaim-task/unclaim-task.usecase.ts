import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { TEAM_QUEUE } from '../../officer-leave/hand-over';
import { taskAssigned } from '../task-assigned';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task, TaskStatus } from '../task.entity';
import { UnclaimTaskCommand } from './unclaim-task.command';
import { unclaim } from './unclaim-rule';

/** Puts a held task back in the team queue, as `unclaim` rules: history, task-assigned; the deadline's alarms stay. */
@Injectable()
export class UnclaimTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute(command: UnclaimTaskCommand): Promise<{ id: string; status: TaskStatus; assignee: null }> {
    return this.unitOfWork.run(async (em) => {
      const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw taskNotFound(command.taskId);
      const result = unclaim(task, command.actor);
      if (!result.ok && result.problem === 'NOT_YOURS') {
        throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `the task is ${task.assignee}'s: only they or a manager may unclaim it` });
      }
      if (!result.ok && result.problem === 'CLOSED') throw illegalTransition(task.status, 'unclaim it');
      if (!result.ok) throw new ConflictException({ statusCode: 409, error: 'Conflict', message: `task is ${task.status} and nobody holds it: nothing to unclaim`, currentStatus: task.status });
      const now = this.clock.now();
      await em.update(Task, { id: task.id }, result.to);
      const detail = { change: 'UNCLAIMED', role: command.actor.role, fromAssignee: task.assignee, toAssignee: TEAM_QUEUE };
      await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: result.to.status, detail });
      const moved = { ...task, ...result.to };
      await this.outbox.append(em, taskAssigned(moved, { kind: 'UNCLAIMED', previousAssignee: task.assignee, by: command.actor.username, at: now, correlationId: command.correlationId }));
      return { id: task.id, status: result.to.status, assignee: null };
    });
  }
}
