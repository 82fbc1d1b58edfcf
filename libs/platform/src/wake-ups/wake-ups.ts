import { Clock } from '@homeward/contracts';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, Worker } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { ServiceConfig } from '../config';
import { UnitOfWork } from '../outbox';
import { QueueFactory } from '../queues';
import { SERVICE_NAME } from '../service-name';
import { WakeUp, WakeUpHandler, WakeUpJobData, wakeUpJobId, WakeUpKindOptions, wakeUpQueue } from './wake-up';
import { WakeUpAlarms } from './wake-up-alarms';
import { WakeUpSweep, WakeUpSweepReport } from './wake-up-sweep';

/**
 * The one periodic sweep of a service's wake-ups (a test may watch its jobs complete). Named for
 * the service: services share a Redis and a queue prefix, and each must sweep its own table.
 */
export const wakeUpSweepQueue = (service: string): string => `wake-up-sweep-${service}`;

/** What a transaction scheduled and cancelled, for after its commit. */
interface Scheduled {
  armed: WakeUp[];
  cancelled: { kind: string; subjectId: string; version: number }[];
}

/**
 * "Wake me up at T" for every feature (README.md): rows in the caller's transaction, armed in
 * Redis after commit, handlers registered where the feature lives, one sweep, one failure rule.
 */
@Injectable()
export class WakeUps {
  private readonly logger = new Logger('WakeUps');
  private readonly scheduled = new WeakMap<EntityManager, Scheduled>();
  private sweeping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueFactory,
    private readonly alarms: WakeUpAlarms,
    private readonly sweep: WakeUpSweep,
    private readonly config: ServiceConfig,
    private readonly clock: Clock,
    @Inject(SERVICE_NAME) private readonly service: string,
    unitOfWork: UnitOfWork,
  ) {
    unitOfWork.onCommitted((em) => this.armCommitted(em));
  }

  /** In the caller's transaction: the same wake-up twice is one row. */
  async schedule(em: EntityManager, ...wakeUps: WakeUp[]): Promise<void> {
    if (wakeUps.length === 0) return;
    // One BullMQ cannot take (see jobId) fails its use case now, not every sweep from now on.
    wakeUps.forEach((w) => wakeUpJobId(w.kind, w.subjectId, w.version));
    await em.query(
      `INSERT INTO wake_ups (kind, subject_id, version, due_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::timestamptz[])
       ON CONFLICT DO NOTHING`,
      [wakeUps.map((w) => w.kind), wakeUps.map((w) => w.subjectId), wakeUps.map((w) => w.version ?? 0), wakeUps.map((w) => w.dueAt)],
    );
    this.of(em).armed.push(...wakeUps);
  }

  /** In the caller's transaction: the subject's pending wake-ups of this kind go. */
  async cancel(em: EntityManager, kind: string, subjectId: string): Promise<void> {
    const [rows] = (await em.query(`DELETE FROM wake_ups WHERE kind = $1 AND subject_id = $2 RETURNING version`, [kind, subjectId])) as [
      { version: string }[],
      number,
    ];
    this.of(em).cancelled.push(...rows.map((r) => ({ kind, subjectId, version: Number(r.version) })));
  }

  /** The kind's handler, once, where its feature lives. Returns the worker (a test may kill it and call again). */
  onDue(kind: string, handler: WakeUpHandler, options: WakeUpKindOptions = {}): Worker<WakeUpJobData> {
    this.alarms.register(kind, options);
    this.startSweeping();
    return this.queues.worker<WakeUpJobData>(wakeUpQueue(kind), (job) => this.wake(kind, handler, job), {
      concurrency: options.concurrency,
      lockDurationMs: options.lockDurationMs,
      stalledIntervalMs: options.stalledIntervalMs,
    });
  }

  /** The queues of the kinds registered so far, and the sweep's: what an operator's queue board shows. */
  queueNames(): string[] {
    return [...this.alarms.kinds().map(wakeUpQueue), wakeUpSweepQueue(this.service)];
  }

  /** One sweep now (tests; the periodic one runs on its own). */
  sweepNow(): Promise<WakeUpSweepReport> {
    return this.sweep.run();
  }

  private async wake(kind: string, handler: WakeUpHandler, job: Job<WakeUpJobData>): Promise<string> {
    const identity = [kind, job.data.subjectId, job.data.version];
    const [row] = (await this.dataSource.query(`SELECT due_at FROM wake_ups WHERE kind = $1 AND subject_id = $2 AND version = $3`, identity)) as {
      due_at: Date;
    }[];
    if (!row) return 'gone';
    const early = new Date(row.due_at).getTime() - this.clock.now().getTime();
    if (early > 0) {
      await job.moveToDelayed(Date.now() + early, job.token);
      throw new DelayedError();
    }
    const attempt = job.attemptsMade + 1;
    await handler({ kind, subjectId: job.data.subjectId, version: job.data.version, dueAt: new Date(row.due_at), attempt, finalAttempt: attempt >= (job.opts.attempts ?? 1) });
    await this.dataSource.query(`DELETE FROM wake_ups WHERE kind = $1 AND subject_id = $2 AND version = $3`, identity);
    return 'done';
  }

  private of(em: EntityManager): Scheduled {
    let scheduled = this.scheduled.get(em);
    if (!scheduled) this.scheduled.set(em, (scheduled = { armed: [], cancelled: [] }));
    return scheduled;
  }

  /** After commit: Redis failing here fails nobody, since the rows are committed and the sweep arms them. */
  private async armCommitted(em: EntityManager): Promise<void> {
    const scheduled = this.scheduled.get(em);
    if (!scheduled) return;
    this.scheduled.delete(em);
    const rearmed = new Set(scheduled.armed.map((w) => `${w.kind}|${w.subjectId}|${w.version ?? 0}`));
    for (const c of scheduled.cancelled.filter((c) => !rearmed.has(`${c.kind}|${c.subjectId}|${c.version}`))) {
      await this.alarms.disarm(c.kind, c.subjectId, c.version).catch(() => undefined);
    }
    const unarmed = await this.alarms.arm(scheduled.armed);
    if (unarmed.length > 0) this.logger.warn({ wakeUps: unarmed.length, error: unarmed[0].error }, 'could not arm wake-ups; the sweep will');
  }

  private startSweeping(): void {
    if (this.sweeping) return;
    this.sweeping = true;
    void this.queues.every(wakeUpSweepQueue(this.service), this.config.wakeUpSweepIntervalMs, () => this.sweep.run());
  }
}
