import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DelayedError, Job, Worker } from 'bullmq';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { ALARM_QUEUE, AlarmJobData } from '../alarm-clock';
import { FireDeadlineStepCommand } from './fire-deadline-step.command';
import { FireDeadlineStep } from './fire-deadline-step.usecase';

/** BullMQ in: each alarm job becomes a FireDeadlineStep command. */
@Injectable()
export class DeadlineAlarmProcessor implements OnApplicationBootstrap {
  worker: Worker<AlarmJobData>;

  constructor(
    private readonly queues: QueueFactory,
    private readonly config: ComplianceTrackerConfig,
    private readonly fire: FireDeadlineStep,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  /** Starts a worker; also how a test stands up a fresh worker after killing one mid-job. */
  start(): void {
    this.worker = this.queues.worker<AlarmJobData>(ALARM_QUEUE, (job) => this.process(job), {
      lockDurationMs: this.config.alarmWorkerLockMs,
      stalledIntervalMs: this.config.alarmWorkerStalledIntervalMs,
    });
  }

  private async process(job: Job<AlarmJobData>): Promise<string> {
    const result = await this.fire.execute(FireDeadlineStepCommand.create({ ...job.data, step: job.name, actor: 'alarm' }));
    if (result.kind === 'EARLY') {
      // Woken before the deadline by our clock (clock skew): sleep again for the rest.
      await job.moveToDelayed(Date.now() + result.remainingMs, job.token);
      throw new DelayedError();
    }
    return result.kind;
  }
}
