import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { ServiceConfig } from '../config';
import { RedisConnection } from '../redis';

/** One count: its name in the Redis key, how many a subject may make, and per how long. */
export interface FixedWindow {
  name: string;
  limit: number;
  windowMs: number;
}

export interface WindowVerdict {
  allowed: boolean;
  /** Until the current window ends: what Retry-After tells a refused caller. */
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter in Redis, so every replica counts into one total.
 * INCR and PEXPIRE go in one MULTI: a key can never outlive its window.
 */
@Injectable()
export class FixedWindowCounter {
  constructor(
    private readonly redis: RedisConnection,
    private readonly config: ServiceConfig,
    private readonly clock: Clock,
  ) {}

  /** Counts one more for the subject. */
  async hit(window: FixedWindow, subject: string): Promise<WindowVerdict> {
    const { key, verdict } = this.slot(window, subject);
    const results = await this.redis.client.multi().incr(key).pexpire(key, window.windowMs).exec();
    return verdict(Number(results?.[0]?.[1] ?? 0) <= window.limit);
  }

  /** Whether the subject may make one more, without counting it. */
  async peek(window: FixedWindow, subject: string): Promise<WindowVerdict> {
    const { key, verdict } = this.slot(window, subject);
    return verdict(Number((await this.redis.client.get(key)) ?? 0) < window.limit);
  }

  private slot(window: FixedWindow, subject: string) {
    const now = this.clock.now().getTime();
    const index = Math.floor(now / window.windowMs);
    const retryAfterSeconds = Math.max(1, Math.ceil(((index + 1) * window.windowMs - now) / 1000));
    return {
      key: `${this.config.queuePrefix}:${window.name}:${subject}:${index}`,
      verdict: (allowed: boolean): WindowVerdict => ({ allowed, retryAfterSeconds }),
    };
  }
}
