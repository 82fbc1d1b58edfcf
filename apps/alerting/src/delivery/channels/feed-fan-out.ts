import { RedisConnection } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { AlertingConfig } from '../../alerting.config';
import type { AlertView } from '../../alerts/alert-view';
import { DeliveryMetrics } from '../delivery-metrics';
import { alertFromPeer, encodeFeedMessage } from './feed-message';

/** The Redis pub/sub channel alerting instances share feed alerts on, under the queue prefix so test suites stay apart. */
export const feedChannel = (queuePrefix: string) => `${queuePrefix}:alerting:feed`;

/**
 * Tells the other alerting instances about each feed alert, and hears theirs, so a stream open on
 * any instance gets every alert once. Pub/sub is fire-and-forget: an instance away from Redis misses
 * what is raised meanwhile; the feed itself (GET /v1/alerts) is the record and the stream a live hint.
 */
@Injectable()
export class FeedFanOut {
  private readonly logger = new Logger('FeedFanOut');
  /** Tells this instance's own messages apart when they come back on the channel. */
  readonly instanceId = randomUUID();
  readonly channel: string;
  /** A subscribed connection can issue no other command, so it is its own. */
  readonly subscriber: Redis;
  private closing = false;

  constructor(
    config: AlertingConfig,
    private readonly redis: RedisConnection,
    private readonly metrics: DeliveryMetrics,
  ) {
    this.channel = feedChannel(config.queuePrefix);
    // ioredis reconnects with backoff and resubscribes by itself (autoResubscribe); it must keep trying for good.
    this.subscriber = new Redis(config.redisUrl, {
      lazyConnect: true,
      connectionName: `alerting-feed-${config.queuePrefix}-${this.instanceId}`,
      maxRetriesPerRequest: null,
    });
    this.subscriber.on('error', (error) => this.logger.warn({ error: error.message }, 'feed subscriber connection error'));
    this.subscriber.on('reconnecting', () => {
      if (!this.closing) this.logger.warn('feed subscriber reconnecting: alerts other instances raise meanwhile do not reach streams here');
    });
  }

  /** Alerts other instances raise from now on go to `deliver`. */
  async listen(deliver: (alert: AlertView) => void): Promise<void> {
    this.subscriber.on('message', (_channel: string, raw: string) => {
      const alert = alertFromPeer(raw, this.instanceId);
      if (alert === 'own') return;
      if (alert === 'unreadable') {
        this.metrics.feedFanOut.inc({ outcome: 'unreadable' });
        return this.logger.warn({ channel: this.channel }, 'feed message not understood: ignored');
      }
      this.metrics.feedFanOut.inc({ outcome: 'received' });
      deliver(alert);
    });
    // Subscribed again after every reconnect: said once, so ops can see the gap closed.
    this.subscriber.on('ready', () => this.logger.log({ channel: this.channel }, 'feed subscriber ready'));
    try {
      await this.subscriber.connect();
      await this.subscriber.subscribe(this.channel);
    } catch (error) {
      // A service that will not start must not keep reconnecting in the background.
      this.subscriber.disconnect();
      throw error;
    }
  }

  /** After the alert's commit. A failure (Redis away) is counted, not thrown: the alert is in the feed already. */
  async tell(alert: AlertView): Promise<void> {
    try {
      await this.redis.client.publish(this.channel, encodeFeedMessage(this.instanceId, alert));
      this.metrics.feedFanOut.inc({ outcome: 'sent' });
    } catch (error) {
      this.metrics.feedFanOut.inc({ outcome: 'send_failed' });
      this.logger.warn({ alertId: alert.id, error: error instanceof Error ? error.message : String(error) }, 'feed alert not shared with other instances');
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.subscriber.quit().catch(() => this.subscriber.disconnect());
  }
}
