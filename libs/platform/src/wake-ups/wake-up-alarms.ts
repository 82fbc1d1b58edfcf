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
  private readonly registered = new Map<string, WakeUpKindOptions>();

  constructor(
    private readonly queues: QueueFactory,
    private readonly clock: Clock,
  ) {}

  register(kind: string, options: WakeUpKindOptions): void {
    this.registered.set(kind, options);
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
   * For wake-ups already due by our clock: a job is added where Redis lost it (or a finished job
   * holds its identity), promoted where it still waits (clock skew, a test's clock), retried
   * where its last round of attempts ran out. Concurrently, one page at a time: a backlog after
   * an outage is thousands of rows. Returns how many needed repair; one that changed state
   * meanwhile is left to the next sweep.
   */
  async ringDue(due: readonly WakeUp[]): Promise<number> {
    const lost: WakeUp[] = [];
    const repaired = await Promise.all(
      due.map(async (w) => {
        const job = await this.queues.queue(wakeUpQueue(w.kind)).getJob(wakeUpJobId(w.kind, w.subjectId, w.version));
        const state = job ? await job.getState() : 'unknown';
        if (state === 'delayed') await job!.promote();
        else if (state === 'failed') await job!.retry('failed');
        else if (state === 'completed' || state === 'unknown') {
          await job?.remove();
          lost.push(w);
        } else return false;
        return true;
      }).map((repair) => repair.catch(() => false)),
    );
    await this.arm(lost.map((w) => ({ ...w, dueAt: this.clock.now() })));
    return repaired.filter(Boolean).length;
  }

  /** A cancelled wake-up's job; one already running finds its row gone and does nothing. */
  async disarm(kind: string, subjectId: string, version: number): Promise<void> {
    await this.queues.queue(wakeUpQueue(kind)).remove(wakeUpJobId(kind, subjectId, version));
  }

  kinds(): string[] {
    return [...this.registered.keys()];
  }

  options(kind: string): WakeUpKindOptions {
    return this.registered.get(kind) ?? {};
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
