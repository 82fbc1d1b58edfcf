/**
 * Time comes from here, so time-dependent rules can be tested with an injected clock.
 * An abstract class rather than an interface so it can also serve as a DI token.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export const systemClock: Clock = new SystemClock();
