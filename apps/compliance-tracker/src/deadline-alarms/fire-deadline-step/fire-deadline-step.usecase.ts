import { Clock, createEnvelope, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { Correlation, OutboxWriter, UnitOfWork } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OpenTaskStatuses, Task } from '../../tasks/task.entity';
import { TaskDeadlineStep } from '../deadline-step.entity';
import { DeadlineStep, StepAudience } from '../deadline-steps';
import { FireDeadlineStepCommand } from './fire-deadline-step.command';

/** What a wake-up did: FIRED and SKIPPED are recorded; NOOP changed nothing; EARLY is not due yet. */
export type FireResult = { kind: 'FIRED' | 'SKIPPED' | 'NOOP' } | { kind: 'EARLY'; remainingMs: number };

const TOPIC: Record<DeadlineStep, { topic: string; type: string }> = {
  reminder: { topic: Topics.taskReminderDue, type: 'compliance.task-reminder-due' },
  overdue: { topic: Topics.taskOverdue, type: 'compliance.task-overdue' },
  'escalation-1': { topic: Topics.taskEscalated, type: 'compliance.task-escalated' },
  'escalation-2': { topic: Topics.taskEscalated, type: 'compliance.task-escalated' },
  unclaimed: { topic: Topics.taskUnclaimed, type: 'compliance.task-unclaimed' },
};

/**
 * Announces one step of a task's alarm ladder, once: the step row is locked, checked and
 * marked fired in the transaction that writes the outbox event, so an alarm and the sweep
 * (or a re-run after a crash) racing for the same step publish one event between them.
 */
@Injectable()
export class FireDeadlineStep {
  private readonly logger = new Logger('FireDeadlineStep');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async execute(command: FireDeadlineStepCommand): Promise<FireResult> {
    const result = await this.unitOfWork.run((em) => this.fire(em, command));
    if (result.kind !== 'NOOP') this.logger.log({ taskId: command.taskId, step: command.step, result: result.kind, by: command.actor }, 'deadline step');
    return result;
  }

  private async fire(em: EntityManager, command: FireDeadlineStepCommand): Promise<FireResult> {
    const step = await em.findOne(TaskDeadlineStep, {
      where: { taskId: command.taskId, deadlineVersion: command.deadlineVersion, step: command.step },
      lock: { mode: 'pessimistic_write' },
    });
    const task = step && !step.firedAt ? await em.findOneBy(Task, { id: command.taskId }) : null;
    // Done, cancelled, rescheduled or already announced: the wake-up has nothing to do.
    if (!step || !task || !OpenTaskStatuses.includes(task.status) || task.deadlineVersion !== command.deadlineVersion) return { kind: 'NOOP' };
    const now = this.clock.now();
    if (step.dueAt > now) return { kind: 'EARLY', remainingMs: step.dueAt.getTime() - now.getTime() };
    const kind = isMoot(command.step, task, now) ? 'SKIPPED' : 'FIRED';
    await em.update(TaskDeadlineStep, { taskId: step.taskId, deadlineVersion: step.deadlineVersion, step: step.step }, { firedAt: now, result: kind });
    if (kind === 'FIRED') await this.announce(em, task, command.step, now);
    return { kind };
  }

  private async announce(em: EntityManager, task: Task, step: DeadlineStep, now: Date): Promise<void> {
    const data: TaskDeadlineEventV1 = {
      taskId: task.id,
      childId: task.childId,
      episodeId: task.episodeId,
      policeReference: task.policeReference,
      taskType: task.type,
      priority: task.priority,
      dueAt: task.dueAt.toISOString(),
      assignee: task.assignee,
      ...StepAudience[step],
    };
    const { topic, type } = TOPIC[step];
    await this.outbox.append(em, {
      topic,
      key: task.childId,
      aggregateType: 'task',
      aggregateId: task.id,
      envelope: createEnvelope({ type, version: 1, data, occurredAt: now, correlationId: Correlation.currentOrNew(), producer: 'compliance-tracker' }),
    });
  }
}

/**
 * A step that would tell nobody anything: a reminder first seen after its deadline (Redis
 * lost it) would only repeat the overdue notice; an unclaimed alert once someone has claimed it.
 */
function isMoot(step: DeadlineStep, task: Task, now: Date): boolean {
  if (step === 'reminder') return task.dueAt <= now;
  if (step === 'unclaimed') return task.status !== 'OPEN';
  return false;
}
