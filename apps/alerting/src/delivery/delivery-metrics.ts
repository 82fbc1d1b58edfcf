import { Metrics } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

/** Delivery outcomes by channel: `failed` is the ops alert (a delivery that ran out of retries). */
@Injectable()
export class DeliveryMetrics {
  readonly outcomes: Counter<'channel' | 'outcome'>;
  /** Feed alerts shared with, and heard from, the other instances; `send_failed` means other instances' streams missed one. */
  readonly feedFanOut: Counter<'outcome'>;

  constructor(metrics: Metrics) {
    this.outcomes = new Counter({
      name: 'homeward_alert_deliveries_total',
      help: 'Alert delivery attempts by channel and outcome (sent, retry, failed)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [metrics.registry],
    });
    this.feedFanOut = new Counter({
      name: 'homeward_alert_feed_fanout_total',
      help: 'Feed alerts shared between alerting instances through Redis, by outcome (sent, send_failed, received, unreadable)',
      labelNames: ['outcome'] as const,
      registers: [metrics.registry],
    });
  }
}
