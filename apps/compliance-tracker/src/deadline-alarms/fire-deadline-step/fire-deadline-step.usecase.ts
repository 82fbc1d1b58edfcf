import { Clock } from '@homeward/contracts';
import { OutboxWriter, UnitOfWork } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OpenTaskStatuses, Task } from '../../tasks/task.entity';
import { TaskDeadlineStep } from '../deadline-step.entity';
import { isMoot } from '../deadline-steps';
import { escalationContacts } from '../escalation-contacts';
import { stepAnnouncement } from '../step-announcement';
import { FireDeadlineStepCommand } from './fire-deadline-step.command';

/** What a wake-up did: FIRED and SKIPPED are recorded; NOOP changed nothing. */
export type FireResult = { kind: 'FIRED' | 'SKIPPED' | 'NOOP' };

/**
 * Announces one step of a task's alarm ladder, once: the step row is locked, checked and
 * marked fired in the transaction that writes the outbox event, so the same wake-up twice
 * (or a re-run after a crash) publishes one event.
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
    const { step, task } = await this.lockedStep(em, command);
    // Done, cancelled, rescheduled or already announced: the wake-up has nothing to do.
    if (!step || !task || step.firedAt || !OpenTaskStatuses.includes(task.status) || task.deadlineVersion !== command.deadlineVersion) {
      return { kind: 'NOOP' };
    }
    const now = this.clock.now();
    const kind = isMoot(command.step, task, now) ? 'SKIPPED' : 'FIRED';
    await em.update(TaskDeadlineStep, { taskId: command.taskId, deadlineVersion: command.deadlineVersion, step: command.step }, { firedAt: now, result: kind });
    if (kind === 'FIRED') await this.outbox.append(em, stepAnnouncement(task, command.step, now, await escalationContacts(em)));
    return { kind };
  }

  /** The step, locked against a racing wake-up, with its task: one round trip. */
  private async lockedStep(em: EntityManager, command: FireDeadlineStepCommand): Promise<{ step?: Pick<TaskDeadlineStep, 'firedAt'>; task?: Task }> {
    const { entities, raw } = await em
      .createQueryBuilder(Task, 'task')
      .innerJoin(TaskDeadlineStep, 'step', 'step.taskId = task.id AND step.deadlineVersion = :version AND step.step = :step', {
        version: command.deadlineVersion,
        step: command.step,
      })
      .addSelect('step.firedAt')
      .where('task.id = :taskId', { taskId: command.taskId })
      .setLock('pessimistic_write', undefined, ['step'])
      .getRawAndEntities<{ step_fired_at: Date | null }>();
    if (entities.length === 0) return {};
    return { task: entities[0], step: { firedAt: raw[0].step_fired_at } };
  }
}
