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
  private readonly repairs: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ComplianceTrackerConfig,
    private readonly sweep: SweepDeadlineAlarms,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(SWEEP_QUEUE, () => this.run(), { concurrency: 1 });
    await this.ensureScheduled();
    this.timer = setInterval(() => void this.ensureScheduled(), this.config.deadlineSweepIntervalMs);
    this.timer.unref();
  }

  /** Another feature's repair of what Redis lost (leave hand-overs) rides on the same periodic sweep. */
  alsoRun(repair: () => Promise<unknown>): void {
    this.repairs.push(repair);
  }

  private async run(): Promise<unknown> {
    const report = await this.sweep.execute();
    for (const repair of this.repairs) await repair();
    return report;
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
