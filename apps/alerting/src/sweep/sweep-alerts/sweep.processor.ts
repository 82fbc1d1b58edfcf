import { QueueFactory } from '@homeward/platform';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AlertingConfig } from '../../alerting.config';
import { SweepAlerts } from './sweep-alerts.usecase';

const SWEEP_QUEUE = 'alert-sweep';

/** A BullMQ job scheduler runs the sweep every ALERT_SWEEP_INTERVAL_MS on one instance at a time. */
@Injectable()
export class SweepProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger('SweepProcessor');

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: AlertingConfig,
    private readonly sweep: SweepAlerts,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(SWEEP_QUEUE, () => this.sweep.execute(), { concurrency: 1 });
    await this.queues
      .queue(SWEEP_QUEUE)
      .upsertJobScheduler('alert-sweep', { every: this.config.sweepIntervalMs }, { name: 'sweep', data: {}, opts: { attempts: 1 } })
      .catch((e: unknown) => this.logger.warn({ error: String(e) }, 'sweep schedule not set; it is set again at the next start'));
  }
}
