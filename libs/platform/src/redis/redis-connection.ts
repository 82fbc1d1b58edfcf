import { Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { ServiceConfig } from '../config';

/**
 * The service's command connection to Redis. Deadlines live in Postgres and Redis only
 * wakes us up, but a Redis that evicts keys would silently drop alarms: refuse to run on one.
 */
@Injectable()
export class RedisConnection {
  private readonly logger = new Logger('Redis');
  readonly client: Redis;

  constructor(private readonly config: ServiceConfig) {
    this.client = new Redis(config.redisUrl, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.client.on('error', (error) => this.logger.warn({ error: error.message }, 'redis connection error'));
  }

  async connectAndVerify(): Promise<void> {
    try {
      await this.client.connect();
      const info = await this.client.info('memory');
      const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
      if (policy !== 'noeviction') {
        throw new Error(`Redis at REDIS_URL has maxmemory-policy "${policy ?? 'unknown'}"; Homeward requires "noeviction"`);
      }
    } catch (error) {
      // A service that will not start must not keep reconnecting in the background.
      this.client.disconnect();
      throw error;
    }
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  /** Settings a BullMQ Queue or Worker needs (`maxRetriesPerRequest: null` for workers). */
  connectionOptions(): { url: string } {
    return { url: this.config.redisUrl };
  }

  async close(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
