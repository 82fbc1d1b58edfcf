import { UnrecoverableError } from 'bullmq';
import { DeadlineStep, isDeadlineStep } from '../deadline-steps';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A wake-up for one step of one deadline version. */
export class FireDeadlineStepCommand {
  private constructor(
    readonly taskId: string,
    readonly deadlineVersion: number,
    readonly step: DeadlineStep,
    readonly actor: string,
  ) {}

  /** A malformed wake-up can never succeed: unrecoverable, so it goes to the dead letters at once. */
  static create(input: { taskId?: unknown; deadlineVersion?: unknown; step?: unknown; actor: string }): FireDeadlineStepCommand {
    const { taskId, deadlineVersion, step } = input;
    if (typeof taskId !== 'string' || !UUID.test(taskId) || !Number.isInteger(deadlineVersion) || !isDeadlineStep(step)) {
      throw new UnrecoverableError('deadline wake-up without a task id, deadline version and known step');
    }
    return new FireDeadlineStepCommand(taskId, deadlineVersion as number, step, input.actor);
  }
}
