import { Clock } from '@homeward/contracts';
import { RedisConnection } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { IngestConfig } from '../ingest.config';

export interface WindowVerdict {
  allowed: boolean;
  /** Until the current window ends: what Retry-After tells a refused caller. */
  retryAfterSeconds: number;
}

/**
 * A fixed-window request counter in Redis, so every replica counts into one total.
 * INCR and PEXPIRE go in one MULTI: a key can never outlive its window.
 */
@Injectable()
export class FixedWindowCounter {
  constructor(
    private readonly redis: RedisConnection,
    private readonly config: IngestConfig,
    private readonly clock: Clock,
  ) {}

  async hit(subject: string): Promise<WindowVerdict> {
    const { rateLimitPerForce: limit, rateLimitWindowMs: windowMs } = this.config;
    const now = this.clock.now().getTime();
    const window = Math.floor(now / windowMs);
    const key = `${this.config.queuePrefix}:ingest-rate:${subject}:${window}`;
    const results = await this.redis.client.multi().incr(key).pexpire(key, windowMs).exec();
    const count = Number(results?.[0]?.[1] ?? 0);
    return { allowed: count <= limit, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)) };
  }
}
