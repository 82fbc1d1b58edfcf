import { UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The wake-up of one chase (its level) of a request to a placing authority. */
export class ChaseReplyCommand {
  private constructor(
    readonly requestId: string,
    readonly level: number,
  ) {}

  /** A malformed wake-up can never succeed: unrecoverable, so it goes to the dead letters at once. */
  static create(input: { requestId?: unknown; level?: unknown }): ChaseReplyCommand {
    if (typeof input.requestId !== 'string' || !UUID.test(input.requestId) || !Number.isInteger(input.level)) {
      throw new UnrecoverableError('reply chase wake-up without a request id and level');
    }
    return new ChaseReplyCommand(input.requestId, input.level as number);
  }
}
