import { Clock } from '@homeward/contracts';
import { jobId, QueueFactory, RedisConnection, ServiceConfig } from '@homeward/platform';
import { Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, Queue } from 'bullmq';
import type { DeadlineStep } from './deadline-steps';

export const ALARM_QUEUE = 'deadline-alarms';

/** All a wake-up carries: ids. The step is the job's name. */
export interface AlarmJobData {
  taskId: string;
  deadlineVersion: number;
}

export interface Alarm {
  taskId: string;
  deadlineVersion: number;
  step: DeadlineStep;
  dueAt: Date;
}

/**
 * The Redis side of deadline alarms: one delayed BullMQ job per step, with a deterministic
 * id so setting the same alarm twice is one job. Failures here never fail the caller:
 * Postgres already holds every step, and the sweep fires or re-arms whatever Redis missed.
 */
@Injectable()
export class AlarmClock {
  private readonly logger = new Logger('AlarmClock');
  readonly queue: Queue<AlarmJobData>;
  /** Present while Redis still holds the alarms we set; gone after a flush or data loss. */
  private readonly armedKey: string;

  constructor(
    queues: QueueFactory,
    config: ServiceConfig,
    private readonly redis: RedisConnection,
    private readonly clock: Clock,
  ) {
    this.queue = queues.queue(ALARM_QUEUE);
    this.armedKey = `${config.queuePrefix}:homeward:deadline-alarms-armed`;
  }

  static jobIdOf(alarm: Pick<Alarm, 'step' | 'taskId' | 'deadlineVersion'>): string {
    return jobId(alarm.step, alarm.taskId, alarm.deadlineVersion);
  }

  /** Sets the alarms (idempotent). Throws on Redis trouble; see `setAfterCommit` for callers that must not. */
  async set(alarms: Alarm[]): Promise<void> {
    if (alarms.length === 0) return;
    const now = this.clock.now().getTime();
    await this.queue.addBulk(
      alarms.map((a) => ({
        name: a.step,
        data: { taskId: a.taskId, deadlineVersion: a.deadlineVersion },
        opts: { jobId: AlarmClock.jobIdOf(a), delay: Math.max(0, a.dueAt.getTime() - now) },
      })),
    );
  }

  async setAfterCommit(alarms: Alarm[]): Promise<void> {
    await this.set(alarms).catch((error: unknown) =>
      this.logger.warn({ alarms: alarms.length, error: String(error) }, 'could not set alarms; the deadline sweep will'),
    );
  }

  /** Removes alarms of a closed task; one that is already running re-reads the task and does nothing. */
  async clearAfterCommit(alarms: Alarm[]): Promise<void> {
    for (const a of alarms) {
      await this.queue.remove(AlarmClock.jobIdOf(a)).catch(() => undefined);
    }
  }

  async isArmed(): Promise<boolean> {
    return (await this.redis.client.exists(this.armedKey)) === 1;
  }

  async markArmed(): Promise<void> {
    await this.redis.client.set(this.armedKey, this.clock.now().toISOString());
  }
}

/** A wake-up that came before it was due by our clock (clock skew): the job sleeps again for the rest. */
export async function sleepAgain(job: Job, remainingMs: number): Promise<never> {
  await job.moveToDelayed(Date.now() + remainingMs, job.token);
  throw new DelayedError();
}
