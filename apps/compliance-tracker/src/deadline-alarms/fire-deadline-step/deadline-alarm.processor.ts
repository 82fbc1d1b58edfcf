import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { ALARM_QUEUE, AlarmJobData, sleepAgain } from '../alarm-clock';
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
    if (result.kind === 'EARLY') return sleepAgain(job, result.remainingMs);
    return result.kind;
  }
}
