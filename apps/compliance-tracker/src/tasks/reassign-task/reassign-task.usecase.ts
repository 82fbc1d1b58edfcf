import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork, validationFailed } from '@homeward/platform';
import { ConflictException, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { activeLeaveOf } from '../../officer-leave/leave-cover';
import { Officer, OfficerRole } from '../../staff-auth/officer.entity';
import { taskAssigned } from '../task-assigned';
import { illegalTransition, taskNotFound } from '../task-errors';
import { appendHistory } from '../task-history';
import { Task, TaskStatus } from '../task.entity';
import { ReassignTaskCommand } from './reassign-task.command';
import { Reassignment, reassignTo } from './reassign-rule';

/** Those who can hold casework: they record its outcomes. */
const HOLDERS: readonly OfficerRole[] = ['CMO', 'MANAGER'];

/**
 * A manager gives a task to another officer, as `reassignTo` rules: history, task-assigned. The
 * deadline and its alarms stay as they are; each step names whoever holds the task when it fires.
 */
@Injectable()
export class ReassignTask {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  execute(command: ReassignTaskCommand): Promise<{ id: string; status: TaskStatus; assignee: string }> {
    return this.unitOfWork.run(async (em) => {
      const task = await em.findOne(Task, { where: { id: command.taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw taskNotFound(command.taskId);
      const officer = await em.findOneBy(Officer, { username: command.officer, disabledAt: IsNull() });
      if (!officer) throw validationFailed([{ field: 'officer', reason: `no active officer ${command.officer}` }]);
      if (!HOLDERS.includes(officer.role)) throw validationFailed([{ field: 'officer', reason: `${command.officer} is ${officer.role}: only a CMO or a manager can hold a task` }]);
      const now = this.clock.now();
      const to = reassignTo(task, officer.username, await activeLeaveOf(em, officer.id, now));
      if (!to.ok) throw refusal(to, task, officer.username);
      await em.update(Task, { id: task.id }, { status: to.status, assignee: to.assignee, ...(task.claimedAt ? {} : { claimedAt: now }) });
      const detail = {
        change: 'REASSIGNED',
        role: command.actor.role,
        fromAssignee: task.assignee,
        toAssignee: to.assignee,
        ...(to.coveredBy ? { leaveId: to.coveredBy.leaveId, coveringFor: officer.username } : {}),
      };
      await appendHistory(em, { taskId: task.id, at: now, actor: command.actor.username, from: task.status, to: to.status, detail });
      const moved = { ...task, status: to.status, assignee: to.assignee };
      await this.outbox.append(em, taskAssigned(moved, { kind: 'REASSIGNED', previousAssignee: task.assignee, by: command.actor.username, at: now, correlationId: command.correlationId }));
      return { id: task.id, status: to.status, assignee: to.assignee };
    });
  }
}

function refusal(to: Exclude<Reassignment, { ok: true }>, task: Task, officer: string): ConflictException {
  if (to.problem === 'CLOSED') return illegalTransition(task.status, 'reassign it');
  const message = 'until' in to ? `${officer} is on leave until ${to.until.toISOString()} with no cover: choose someone at work` : `the task is already ${task.assignee}'s`;
  return new ConflictException({ statusCode: 409, error: 'Conflict', message });
}
