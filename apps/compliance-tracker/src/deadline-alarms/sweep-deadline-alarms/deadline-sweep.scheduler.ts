import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { SweepDeadlineAlarms } from './sweep-deadline-alarms.usecase';

export const SWEEP_QUEUE = 'deadline-sweep';
const SCHEDULER_ID = 'deadline-sweep';

/** Runs the sweep periodically across all instances, surviving a Redis flush (see QueueFactory.keepScheduled). */
@Injectable()
export class DeadlineSweepScheduler implements OnApplicationBootstrap {
  private readonly repairs: (() => Promise<unknown>)[] = [];

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ComplianceTrackerConfig,
    private readonly sweep: SweepDeadlineAlarms,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker(SWEEP_QUEUE, () => this.run(), { concurrency: 1 });
    await this.queues.keepScheduled(SWEEP_QUEUE, SCHEDULER_ID, this.config.deadlineSweepIntervalMs, 'sweep');
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

}
