import { Correlation } from '@homeward/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A wake-up for one stored timer; everything else is re-read from Postgres. */
export class FireTimerCommand {
  private constructor(
    readonly timerId: string,
    readonly correlationId: string,
  ) {}

  /** The correlation is the wake-up's: the one that scheduled the timer. */
  static create(input: { timerId?: unknown }): FireTimerCommand {
    if (typeof input.timerId !== 'string' || !UUID.test(input.timerId)) {
      throw new Error('timer wake-up without a timer id');
    }
    return new FireTimerCommand(input.timerId, Correlation.currentOrNew());
  }
}
