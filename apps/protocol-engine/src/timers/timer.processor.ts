import { QueueFactory } from '@homeward/platform';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import { FireTimer, FireTimerCommand } from './fire-timer';
import { SweepTimers } from './sweep-timers';
import { FireTimerJobData, SWEEP_JOB, TIMER_QUEUE } from './timer-alarms';

/** BullMQ in: a timer's alarm, or the periodic sweep; both only translate and call execute. */
@Injectable()
export class TimerProcessor implements OnApplicationBootstrap {
  constructor(
    private readonly queues: QueueFactory,
    private readonly fireTimer: FireTimer,
    private readonly sweepTimers: SweepTimers,
    private readonly config: ProtocolEngineConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.queues.worker<Partial<FireTimerJobData>>(TIMER_QUEUE, (job: Job<Partial<FireTimerJobData>>) =>
      job.name === SWEEP_JOB ? this.sweepTimers.execute() : this.fireTimer.execute(FireTimerCommand.create(job.data)),
    );
    await this.queues.keepScheduled(TIMER_QUEUE, 'protocol-timer-sweep', this.config.timerSweepEveryMs, SWEEP_JOB);
  }
}
