import type { Clock } from '@homeward/contracts';

/** A Clock tests move by hand, so deadline rules run without waiting for real time. */
export class FakeClock implements Clock {
  private current: number;

  constructor(start: Date | string | number = '2025-01-06T09:00:00.000Z') {
    this.current = new Date(start).getTime();
    if (Number.isNaN(this.current)) throw new Error(`FakeClock: invalid start ${String(start)}`);
  }

  /** A fresh Date each call, so callers cannot move the clock by mutating it. */
  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string | number): Date {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new Error(`FakeClock: invalid time ${String(to)}`);
    this.current = next;
    return this.now();
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }
}
