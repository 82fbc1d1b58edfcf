import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The service's Prometheus registry. Labels are topics, routes and outcomes only:
 * never ids, names or anything else that identifies a child.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly httpRequests = new Histogram({
    name: 'homeward_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly messagesConsumed = new Counter({
    name: 'homeward_messages_consumed_total',
    help: 'Kafka messages consumed by topic and outcome',
    labelNames: ['topic', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly outboxPublished = new Counter({
    name: 'homeward_outbox_published_total',
    help: 'Outbox rows published to the broker',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  readonly outboxPublishFailures = new Counter({
    name: 'homeward_outbox_publish_failures_total',
    help: 'Failed attempts to publish an outbox batch',
    registers: [this.registry],
  });

  /** Not zero is an ops alert: an event the broker refused every time, set aside so the rest flow. */
  readonly outboxAbandoned = new Counter({
    name: 'homeward_outbox_abandoned_total',
    help: 'Outbox rows abandoned after the broker refused them the configured number of times',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  /** Not zero is an ops alert: a wake-up the sweep could not arm, promote or retry (the rest of the sweep went on; the next one tries again). */
  readonly wakeUpsSkipped = new Counter({
    name: 'homeward_wake_ups_skipped_total',
    help: 'Wake-ups a sweep skipped because arming, promoting or retrying that one failed',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
