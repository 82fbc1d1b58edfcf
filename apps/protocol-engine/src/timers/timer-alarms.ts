import { ProtocolEngineConfig } from '../protocol-engine.config';
import { Clock } from '@homeward/contracts';
import { jobId, QueueFactory } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import type { DueTimer } from './store-episode-timers';

export const TIMER_QUEUE = 'protocol-timers';
export const FIRE_TIMER_JOB = 'fire-timer';
export const SWEEP_JOB = 'sweep-timers';

/** What a timer job carries: ids only (Redis keeps job data in clear text). */
export interface FireTimerJobData {
  timerId: string;
  correlationId?: string;
}

/**
 * Sets the BullMQ alarm for each due timer. The job id names the timer and its due instant,
 * so setting the same alarm twice is one job, and a timer that moved gets a new alarm (the old
 * one wakes, finds the timer not yet due, and does nothing).
 */
@Injectable()
export class TimerAlarms {
  private readonly logger = new Logger('TimerAlarms');

  constructor(
    private readonly queues: QueueFactory,
    private readonly clock: Clock,
    private readonly config: ProtocolEngineConfig,
  ) {}

  async set(timers: DueTimer[], correlationId?: string): Promise<void> {
    if (timers.length === 0) return;
    const now = this.clock.now().getTime();
    try {
      await this.queues.queue(TIMER_QUEUE).addBulk(
        timers.map((t) => ({
          name: FIRE_TIMER_JOB,
          data: { timerId: t.id, correlationId } satisfies FireTimerJobData,
          opts: { jobId: jobId('timer', t.id, t.dueAt.getTime()), delay: Math.max(this.config.timerQuietMs, t.dueAt.getTime() - now) },
        })),
      );
    } catch (error) {
      // Postgres already holds the timer: the sweep fires it even if no alarm was set.
      this.logger.warn({ timers: timers.length, error: (error as Error).message }, 'could not set timer alarms; the sweep will');
    }
  }
}
