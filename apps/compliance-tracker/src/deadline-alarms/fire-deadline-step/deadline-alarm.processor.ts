import { WakeUps } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Worker } from 'bullmq';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';
import { DeadlineStep, deadlineStepKind, DeadlineSteps } from '../deadline-steps';
import { FireDeadlineStepCommand } from './fire-deadline-step.command';
import { FireDeadlineStep } from './fire-deadline-step.usecase';

/** Wake-ups in: each step's wake-up (subject: the task, version: its deadline version) becomes a FireDeadlineStep command. */
@Injectable()
export class DeadlineAlarmProcessor implements OnApplicationBootstrap {
  readonly workers = new Map<DeadlineStep, Worker>();

  constructor(
    private readonly wakeUps: WakeUps,
    private readonly config: ComplianceTrackerConfig,
    private readonly fire: FireDeadlineStep,
  ) {}

  onApplicationBootstrap(): void {
    for (const step of DeadlineSteps) this.start(step);
  }

  /** Starts the step's worker; also how a test stands up a fresh worker after killing one mid-job. */
  start(step: DeadlineStep): void {
    const worker = this.wakeUps.onDue(
      deadlineStepKind(step),
      (due) => this.fire.execute(FireDeadlineStepCommand.create({ taskId: due.subjectId, deadlineVersion: due.version, step, actor: 'alarm' })),
      { lockDurationMs: this.config.alarmWorkerLockMs, stalledIntervalMs: this.config.alarmWorkerStalledIntervalMs },
    );
    this.workers.set(step, worker);
  }
}
