import { Metrics } from '@homeward/platform';
import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';

/** Not zero is an ops alert: a child's notification accepted and not yet acted on. */
@Injectable()
export class UndecidedMetrics {
  readonly undecided: Gauge;

  constructor(metrics: Metrics) {
    this.undecided = new Gauge({
      name: 'homeward_notifications_undecided',
      help: 'Notifications published longer ago than UNDECIDED_AFTER_SECONDS with no decision yet (last check)',
      registers: [metrics.registry],
    });
  }
}
