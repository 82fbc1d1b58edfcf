import { Clock } from '@homeward/contracts';
import { RedisConnection } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AlertingConfig } from '../../alerting.config';

/**
 * Drops the members whose token has expired (a stream an instance lost without closing), then
 * adds this one if fewer than the cap are open, in one step so two openings cannot both take the
 * last slot. The key outlives its latest token by nothing.
 * KEYS[1] the officer's set; ARGV: now (ms), cap, this stream's token expiry (ms), its id.
 */
const TAKE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
local latest = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIRE', KEYS[1], math.max(1, tonumber(latest[2]) - tonumber(ARGV[1])))
return 1`;

/**
 * The live streams each officer holds open, across every alerting instance: a Redis sorted set
 * per officer, one member per stream scored by its token's expiry (the stream ends then, so a
 * member past it is stale whatever happened to the instance that held it).
 */
@Injectable()
export class StreamSlots {
  private readonly logger = new Logger('StreamSlots');

  constructor(
    private readonly redis: RedisConnection,
    private readonly config: AlertingConfig,
    private readonly clock: Clock,
  ) {}

  get cap(): number {
    return this.config.streamsPerOfficer;
  }

  /** False when the officer already holds the cap. Redis away: let through (a live hint is worth more than the cap), said in the log. */
  async take(officer: string, streamId: string, tokenExpiresAt: Date): Promise<boolean> {
    try {
      const taken = await this.redis.client.eval(TAKE, 1, this.key(officer), this.clock.now().getTime(), this.cap, tokenExpiresAt.getTime(), streamId);
      return taken === 1;
    } catch (error) {
      this.logger.warn({ error: error instanceof Error ? error.message : 'unknown' }, 'open alert streams not counted (Redis unavailable): stream let through');
      return true;
    }
  }

  /** Never throws: a member left behind goes when its token expires. */
  async release(officer: string, streamId: string): Promise<void> {
    await this.redis.client.zrem(this.key(officer), streamId).catch(() => undefined);
  }

  /** Hashed: key names show in Redis tooling, and a username is a person's. */
  private key(officer: string): string {
    return `${this.config.queuePrefix}:alerting:streams:${createHash('sha256').update(officer).digest('hex').slice(0, 32)}`;
  }
}
