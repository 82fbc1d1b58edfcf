import { QueueFactory } from '@homeward/platform';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { SweepDeadlineAlarms } from './sweep-deadline-alarms.usecase';

export const SWEEP_QUEUE = 'deadline-sweep';
const SCHEDULER_ID = 'deadline-sweep';

/**
 * Runs the sweep from a BullMQ job scheduler (one run per interval across all instances).
 * The scheduler itself lives in Redis, so a flush would stop the sweep that repairs the
 * flush: each instance re-upserts it on a local timer (idempotent).
 */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DeadlineSweepScheduler');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ComplianceTrackerConfig,
    private readonly sweep: SweepDeadlineAlarms,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(SWEEP_QUEUE, () => this.sweep.execute(), { concurrency: 1 });
    await this.ensureScheduled();
    this.timer = setInterval(() => void this.ensureScheduled(), this.config.deadlineSweepIntervalMs);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async ensureScheduled(): Promise<void> {
    await this.queues
      .queue(SWEEP_QUEUE)
      .upsertJobScheduler(SCHEDULER_ID, { every: this.config.deadlineSweepIntervalMs }, { name: 'sweep', data: {} })
      .catch((error: unknown) => this.logger.warn({ error: String(error) }, 'could not schedule the deadline sweep'));
  }
}
