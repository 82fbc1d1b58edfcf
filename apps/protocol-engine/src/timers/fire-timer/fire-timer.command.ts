import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A wake-up for one stored timer; everything else is re-read from Postgres. */
export class FireTimerCommand {
  private constructor(
    readonly timerId: string,
    readonly correlationId: string,
  ) {}

  static create(input: { timerId?: unknown; correlationId?: unknown }): FireTimerCommand {
    if (typeof input.timerId !== 'string' || !UUID.test(input.timerId)) {
      // Retrying a job that names no timer can never succeed.
      throw new UnrecoverableError('timer job without a timer id');
    }
    const correlationId = typeof input.correlationId === 'string' ? input.correlationId : randomUUID();
    return new FireTimerCommand(input.timerId, correlationId);
  }
}
