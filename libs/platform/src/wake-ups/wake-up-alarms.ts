import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';
import { Correlation } from '../logging';
import { QueueFactory } from '../queues';
import { WakeUp, WakeUpJobData, wakeUpJobId, WakeUpKindOptions, wakeUpQueue } from './wake-up';

/** A wake-up whose job could not be set, promoted or retried, and why. */
export interface Unarmed {
  wakeUp: WakeUp;
  error: string;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

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

  /**
   * Sets the jobs (idempotent), a kind at a time in one round trip. When that fails, one at a
   * time, so one wake-up that cannot be set does not keep the others unarmed. Returns the ones
   * that could not be set, with why (all of them when Redis is away): callers decide what that means.
   */
  async arm(wakeUps: readonly WakeUp[]): Promise<Unarmed[]> {
    const unarmed: Unarmed[] = [];
    for (const [kind, ofKind] of groupByKind(wakeUps)) {
      const queue = this.queues.queue(wakeUpQueue(kind));
      const correlationId = Correlation.currentOrNew();
      const job = (w: WakeUp) => this.job(kind, w, correlationId);
      try {
        await queue.addBulk(ofKind.map(job));
        continue;
      } catch {
        // One at a time below: which of them cannot be set, and why.
      }
      for (const w of ofKind) {
        try {
          const j = job(w);
          await queue.add(j.name, j.data, j.opts);
        } catch (error) {
          unarmed.push({ wakeUp: w, error: reason(error) });
        }
      }
    }
    return unarmed;
  }

  /**
   * For wake-ups already due by our clock: a job is added where Redis lost it (or a finished job
   * holds its identity), promoted where it still waits (clock skew, a test's clock), retried
   * where its last round of attempts ran out. Concurrently, one page at a time: a backlog after
   * an outage is thousands of rows. Each wake-up on its own: one that fails is returned with why,
   * and the others are still repaired. One that changed state meanwhile is left to the next sweep.
   */
  async ringDue(due: readonly WakeUp[]): Promise<{ repaired: number; unarmed: Unarmed[] }> {
    const lost: WakeUp[] = [];
    const unarmed: Unarmed[] = [];
    const repaired = await Promise.all(
      due.map(async (w) => {
        try {
          const job = await this.queues.queue(wakeUpQueue(w.kind)).getJob(wakeUpJobId(w.kind, w.subjectId, w.version));
          const state = job ? await job.getState() : 'unknown';
          if (state === 'delayed') await job!.promote();
          else if (state === 'failed') await job!.retry('failed');
          else if (state === 'completed' || state === 'unknown') {
            await job?.remove();
            lost.push(w);
          } else return false;
          return true;
        } catch (error) {
          unarmed.push({ wakeUp: w, error: reason(error) });
          return false;
        }
      }),
    );
    const unset = await this.arm(lost.map((w) => ({ ...w, dueAt: this.clock.now() })));
    return { repaired: repaired.filter(Boolean).length - unset.length, unarmed: [...unarmed, ...unset] };
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

  /** Throws for a wake-up whose identity BullMQ cannot take (see jobId). */
  private job(kind: string, w: WakeUp, correlationId: string): { name: string; data: WakeUpJobData; opts: JobsOptions } {
    return {
      name: kind,
      data: { subjectId: w.subjectId, version: w.version ?? 0, correlationId },
      opts: { ...this.retriesOf(kind), jobId: wakeUpJobId(kind, w.subjectId, w.version), delay: Math.max(0, w.dueAt.getTime() - this.clock.now().getTime()) },
    };
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
