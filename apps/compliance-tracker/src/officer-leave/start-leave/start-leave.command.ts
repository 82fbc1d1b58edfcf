import { UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The wake-up at a leave's start. */
export class StartLeaveCommand {
  private constructor(readonly leaveId: string) {}

  /** A malformed wake-up can never succeed: unrecoverable, so it goes to the dead letters at once. */
  static create(input: { leaveId?: unknown }): StartLeaveCommand {
    if (typeof input.leaveId !== 'string' || !UUID.test(input.leaveId)) throw new UnrecoverableError('leave wake-up without a leave id');
    return new StartLeaveCommand(input.leaveId);
  }
}
