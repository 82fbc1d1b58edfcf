import { Metrics } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';

/** Not zero is an ops alert: a child's notification accepted and not yet acted on. */
@Injectable()
export class UndecidedMetrics {
  readonly undecided: Gauge;
  /** Not zero is an ops alert: an undecided notification whose event could not be made again. */
  readonly skipped: Counter;

  constructor(metrics: Metrics) {
    this.undecided = new Gauge({
      name: 'homeward_notifications_undecided',
      help: 'Notifications published longer ago than UNDECIDED_AFTER_SECONDS with no decision yet (last check)',
      registers: [metrics.registry],
    });
    this.skipped = new Counter({
      name: 'homeward_notifications_redelivery_skipped_total',
      help: 'Undecided notifications the check could not hand over again (their event cannot be made); the rest were',
      registers: [metrics.registry],
    });
  }
}
