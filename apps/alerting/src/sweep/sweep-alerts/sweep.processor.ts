import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AlertingConfig } from '../../alerting.config';
import { SweepAlerts } from './sweep-alerts.usecase';

const SWEEP_QUEUE = 'alert-sweep';

/** Runs the sweep every ALERT_SWEEP_INTERVAL_MS on one instance at a time, surviving a Redis flush. */
@Injectable()
export class SweepProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly config: AlertingConfig,
    private readonly sweep: SweepAlerts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(SWEEP_QUEUE, () => this.sweep.execute(), { concurrency: 1 });
    await this.queues.keepScheduled(SWEEP_QUEUE, 'alert-sweep', this.config.sweepIntervalMs, 'sweep');
  }
}
