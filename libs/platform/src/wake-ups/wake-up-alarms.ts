import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { Correlation } from '../logging';
import { QueueFactory } from '../queues';
import { WakeUp, WakeUpJobData, wakeUpJobId, WakeUpKindOptions, wakeUpQueue } from './wake-up';

/**
 * The Redis side of wake-ups: one delayed BullMQ job per row, under the row's identity, so
 * arming the same wake-up twice is one job. Postgres holds every wake-up; this only rings.
 */
@Injectable()
export class WakeUpAlarms {
  private readonly kinds = new Map<string, WakeUpKindOptions>();

  constructor(
    private readonly queues: QueueFactory,
    private readonly clock: Clock,
  ) {}

  register(kind: string, options: WakeUpKindOptions): void {
    this.kinds.set(kind, options);
  }

  /** Sets the jobs (idempotent). Throws on Redis trouble: callers decide what that means. */
  async arm(wakeUps: readonly WakeUp[]): Promise<void> {
    for (const [kind, ofKind] of groupByKind(wakeUps)) {
      const now = this.clock.now().getTime();
      const correlationId = Correlation.currentOrNew();
      await this.queues.queue(wakeUpQueue(kind)).addBulk(
        ofKind.map((w) => ({
          name: kind,
          data: { subjectId: w.subjectId, version: w.version ?? 0, correlationId } satisfies WakeUpJobData,
          opts: { ...this.retriesOf(kind), jobId: wakeUpJobId(kind, w.subjectId, w.version), delay: Math.max(0, w.dueAt.getTime() - now) },
        })),
      );
    }
  }

  /**
   * For a wake-up already due by our clock: the job is added if Redis lost it, promoted if it
   * still waits (clock skew, a test's clock), retried if its last round of attempts ran out,
   * and added afresh if a finished job holds its identity. True when something was repaired.
   */
  async ringNow(wakeUp: WakeUp): Promise<boolean> {
    const queue = this.queues.queue(wakeUpQueue(wakeUp.kind));
    const job = await queue.getJob(wakeUpJobId(wakeUp.kind, wakeUp.subjectId, wakeUp.version));
    const state = job ? await job.getState() : 'unknown';
    if (state === 'delayed') await job!.promote();
    else if (state === 'failed') await job!.retry('failed');
    else if (state === 'completed' || state === 'unknown') {
      await job?.remove();
      await this.arm([{ ...wakeUp, dueAt: this.clock.now() }]);
    } else return false;
    return true;
  }

  /** A cancelled wake-up's job; one already running finds its row gone and does nothing. */
  async disarm(kind: string, subjectId: string, version: number): Promise<void> {
    await this.queues.queue(wakeUpQueue(kind)).remove(wakeUpJobId(kind, subjectId, version));
  }

  options(kind: string): WakeUpKindOptions {
    return this.kinds.get(kind) ?? {};
  }

  private retriesOf(kind: string): Pick<JobsOptions, 'attempts' | 'backoff'> {
    const { attempts, backoffMs } = this.options(kind);
    return {
      ...(attempts ? { attempts } : {}),
      ...(backoffMs ? { backoff: { type: 'exponential', delay: backoffMs, jitter: 0.5 } } : {}),
    };
  }
}

function groupByKind(wakeUps: readonly WakeUp[]): Map<string, WakeUp[]> {
  const byKind = new Map<string, WakeUp[]>();
  for (const w of wakeUps) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
  return byKind;
}
