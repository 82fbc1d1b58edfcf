import { Metrics } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Counter } from 'prom-client';

/** Delivery outcomes by channel: `failed` is the ops alert (a delivery that ran out of retries). */
@Injectable()
export class DeliveryMetrics {
  readonly outcomes: Counter<'channel' | 'outcome'>;

  constructor(metrics: Metrics) {
    this.outcomes = new Counter({
      name: 'homeward_alert_deliveries_total',
      help: 'Alert delivery attempts by channel and outcome (sent, retry, failed)',
      labelNames: ['channel', 'outcome'] as const,
      registers: [metrics.registry],
    });
  }
}
