import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createClient } from 'redis';
import { StaffWebConfig } from '../staff-web.config';

export type SessionRedisClient = ReturnType<typeof createClient>;

/** The Redis connection sessions live on (a `redis` v5 client, as connect-redis 9 expects). */
@Injectable()
export class SessionRedis implements OnApplicationShutdown {
  private readonly logger = new Logger('SessionRedis');
  readonly client: SessionRedisClient;

  constructor(config: StaffWebConfig) {
    this.client = createClient({ url: config.redisUrl, socket: { connectTimeout: 5_000 } });
    // Without a listener an unreachable Redis would crash the process; readiness reports it instead.
    this.client.on('error', (error: Error) => this.logger.warn({ error: error.message }, 'redis connection error'));
  }

  connect(): Promise<unknown> {
    return this.client.connect();
  }

  async ping(): Promise<boolean> {
    if (!this.client.isReady) return false;
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('timeout'), 1_000).unref());
    return (await Promise.race([this.client.ping().catch(() => 'error'), timeout])) === 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client.isOpen) await this.client.close().catch(() => this.client.destroy());
  }
}
