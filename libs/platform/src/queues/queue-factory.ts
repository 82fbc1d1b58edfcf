import { Injectable, Logger } from '@nestjs/common';
import { Job, JobsOptions, Processor, Queue, QueueOptions, Worker, WorkerOptions } from 'bullmq';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../config';
import { ServiceLifecycle } from '../lifecycle';
import { Correlation } from '../logging';

/** Jobs are wake-up calls that carry ids only; these defaults apply to every Homeward queue. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
  removeOnComplete: { count: 1_000, age: 24 * 3600 },
  // Never removeOnFail: a failed wake-up must stay visible until someone has looked at it.
  removeOnFail: false,
};

export interface WorkerSettings {
  concurrency?: number;
  /** Stalled-job check interval; tests shorten it to prove crash recovery quickly. */
  stalledIntervalMs?: number;
  lockDurationMs?: number;
}

/**
 * Creates queues and workers with the project's defaults: explicit retries and retention,
 * error listeners on every connection, exhausted jobs recorded in `dead_letter`, and workers
 * closed in the shutdown sequence after consumers stop and before the outbox drains.
 */
@Injectable()
export class QueueFactory {
  private readonly logger = new Logger('Queues');
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly config: ServiceConfig,
    private readonly dataSource: DataSource,
    private readonly lifecycle: ServiceLifecycle,
  ) {}

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      const options: QueueOptions = {
        prefix: this.config.queuePrefix,
        // Producers fail fast when Redis is away; Postgres still holds every deadline, and the sweep restores it.
        connection: { url: this.config.redisUrl, enableOfflineQueue: false },
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      };
      queue = new Queue(name, options);
      queue.on('error', (error) => this.logger.warn({ queue: name, error: error.message }, 'queue connection error'));
      this.queues.set(name, queue);
      this.lifecycle.onStop(`close queue ${name}`, () => queue!.close());
    }
    return queue;
  }

  worker<T extends object>(name: string, processor: (job: Job<T>) => Promise<unknown>, settings: WorkerSettings = {}): Worker<T> {
    const options: WorkerOptions = {
      prefix: this.config.queuePrefix,
      connection: { url: this.config.redisUrl, maxRetriesPerRequest: null },
      concurrency: settings.concurrency ?? 4,
      stalledInterval: settings.stalledIntervalMs ?? 30_000,
      lockDuration: settings.lockDurationMs ?? 30_000,
      autorun: true,
    };
    const correlated: Processor<T> = (job) =>
      Correlation.run((job.data as { correlationId?: string }).correlationId, () => processor(job));
    const worker = new Worker<T>(name, correlated, options);
    worker.on('error', (error) => this.logger.warn({ queue: name, error: error.message }, 'worker connection error'));
    worker.on('failed', (job, error) => void this.recordIfExhausted(name, job, error));
    this.lifecycle.onStop(`close worker ${name}`, () => worker.close());
    return worker;
  }

  /**
   * Runs a periodic job (a sweep) from a BullMQ job scheduler: one run per interval across all
   * instances. The scheduler lives in Redis, so a flush would stop the very sweep that repairs
   * the flush: each instance re-upserts it (idempotent) on a local timer, stopped at shutdown.
   */
  /**
   * Periodic work, one run at a time across every replica: its own queue, a BullMQ job scheduler
   * kept in place (it survives a Redis flush), and a worker. A failed run is logged and the
   * next one tries again.
   */
  async every(name: string, everyMs: number, work: () => Promise<unknown>): Promise<void> {
    this.worker(
      name,
      () =>
        work().catch((error: unknown) => {
          this.logger.warn({ queue: name, error: String(error) }, 'periodic work failed; the next run tries again');
          throw error;
        }),
      { concurrency: 1 },
    );
    await this.keepScheduled(name, name, everyMs, 'run');
  }

  async keepScheduled(queueName: string, schedulerId: string, everyMs: number, jobName: string): Promise<void> {
    const upsert = () =>
      this.queue(queueName)
        .upsertJobScheduler(schedulerId, { every: everyMs }, { name: jobName, data: {} })
        .then(() => undefined)
        .catch((error: unknown) => this.logger.warn({ queue: queueName, error: String(error) }, 'could not schedule a periodic job'));
    await upsert();
    const timer = setInterval(() => void upsert(), everyMs);
    timer.unref();
    this.lifecycle.onStop(`stop scheduling ${schedulerId}`, async () => clearInterval(timer));
  }

  private async recordIfExhausted(queue: string, job: Job | undefined, error: Error): Promise<void> {
    if (!job) return;
    const exhausted = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    if (!exhausted) return;
    this.logger.error({ queue, jobId: job.id, jobName: job.name, attempts: job.attemptsMade, reason: error.message }, 'job exhausted its retries');
    await this.dataSource
      .query(
        `INSERT INTO dead_letter (queue, job_id, job_name, data, attempts, reason) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (queue, job_id) DO UPDATE SET attempts = EXCLUDED.attempts, reason = EXCLUDED.reason, failed_at = now()`,
        [queue, job.id ?? 'unknown', job.name, JSON.stringify(job.data), job.attemptsMade, error.message.slice(0, 1_000)],
      )
      .catch((e: unknown) => this.logger.error({ queue, error: String(e) }, 'could not record a dead letter'));
  }
}
