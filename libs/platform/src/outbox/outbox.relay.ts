import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ServiceConfig } from '../config';
import { MessageBus, MessageRejectedError, OutgoingMessage } from '../kafka';
import { ServiceLifecycle } from '../lifecycle';
import { Metrics } from '../metrics';
import { UnitOfWork } from './unit-of-work';

interface PendingRow {
  id: string;
  aggregate_type: string;
  aggregate_id: string;
  topic: string;
  message_key: string;
  payload: unknown;
  headers: Record<string, string>;
}

/** Told, in the transaction that marks them published, which aggregates' events the broker now holds. */
export type PublishedHook = (em: EntityManager, aggregateIds: string[]) => Promise<void>;

const BATCH_SIZE = 200;
const MAX_BACKOFF_MS = 5_000;

interface Refused {
  row: PendingRow;
  error: string;
}

const message = (r: PendingRow): OutgoingMessage => ({ topic: r.topic, key: r.message_key, value: JSON.stringify(r.payload), headers: r.headers });
const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Publishes committed outbox rows in id order, marked processed in the same transaction after
 * the broker acknowledged them: a crash in between republishes, which consumers' inboxes absorb.
 * One relay of a service publishes at a time (an advisory lock), so per-key order holds with
 * several replicas. A row the broker refuses (not an outage) holds back only the later rows of
 * its key; after OUTBOX_MAX_ATTEMPTS refusals it is abandoned with an ops alert (a metric and
 * an error log) and the rest of its key flows. Rows past their retention are deleted.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private readonly publishedHooks = new Map<string, PublishedHook>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly bus: MessageBus,
    private readonly config: ServiceConfig,
    private readonly metrics: Metrics,
    unitOfWork: UnitOfWork,
    lifecycle: ServiceLifecycle,
  ) {
    unitOfWork.onCommitted(async () => this.poke());
    lifecycle.onStop('drain outbox', () => this.drain(), 'outbox');
  }

  /** After migrations (module init); off only in fault tests that crash a service before its relay publishes. */
  onApplicationBootstrap(): void {
    if (this.config.outboxRelayEnabled) this.start();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** A service that shows its users when its events went out records it here, not by reading the outbox. */
  onPublished(aggregateType: string, hook: PublishedHook): void {
    this.publishedHooks.set(aggregateType, hook);
  }

  /** Wakes the relay now instead of at its next poll (called after a commit that wrote the outbox). */
  poke(): void {
    this.wake?.();
  }

  /** Stops polling after publishing what is already committed, within the shutdown step's time. */
  async drain(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.poke();
    await this.loop;
    await this.publishPending().catch((error: unknown) => this.logger.warn({ error: String(error) }, 'outbox drain incomplete'));
  }

  private async run(): Promise<void> {
    let failures = 0;
    let prunedAt = 0;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        failures = 0;
        if (published === BATCH_SIZE) continue;
        if (Date.now() - prunedAt >= this.config.outboxPruneIntervalMs) {
          prunedAt = Date.now();
          await this.prune();
        }
        await this.idle(this.config.outboxPollIntervalMs);
      } catch (error) {
        failures += 1;
        this.metrics.outboxPublishFailures.inc();
        this.logger.warn({ error: reason(error), failures }, 'outbox publish failed; will retry');
        await this.recordOutage(reason(error));
        await this.idle(Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures));
      }
    }
  }

  private async publishPending(): Promise<void> {
    while ((await this.publishBatch()) === BATCH_SIZE);
  }

  private publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [{ publisher }] = (await em.query(`SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox-relay')) AS publisher`)) as {
        publisher: boolean;
      }[];
      if (!publisher) return 0;
      const rows: PendingRow[] = await em.query(
        `SELECT id, aggregate_type, aggregate_id, topic, message_key, payload, headers FROM outbox
         WHERE processed_at IS NULL AND abandoned_at IS NULL
         ORDER BY id LIMIT $1`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const { published, refused } = await this.send(rows);
      if (published.length > 0) await this.markPublished(em, published);
      for (const r of refused) await this.recordRefusal(em, r);
      return rows.length;
    });
  }

  /** The whole batch at once; when the broker refuses a message in it, row by row in order. An outage throws. */
  private async send(rows: PendingRow[]): Promise<{ published: PendingRow[]; refused: Refused[] }> {
    try {
      await this.bus.publish(rows.map(message));
      return { published: rows, refused: [] };
    } catch (error) {
      if (!(error instanceof MessageRejectedError)) throw error;
    }
    const published: PendingRow[] = [];
    const refused: Refused[] = [];
    const heldKeys = new Set<string>();
    for (const row of rows) {
      if (heldKeys.has(row.message_key)) continue;
      try {
        await this.bus.publish([message(row)]);
        published.push(row);
      } catch (error) {
        if (!(error instanceof MessageRejectedError)) throw error;
        refused.push({ row, error: reason(error) });
        heldKeys.add(row.message_key);
      }
    }
    return { published, refused };
  }

  private async markPublished(em: EntityManager, rows: PendingRow[]): Promise<void> {
    await em.query(`UPDATE outbox SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
    for (const [type, hook] of this.publishedHooks) {
      const ids = rows.filter((r) => r.aggregate_type === type).map((r) => r.aggregate_id);
      if (ids.length > 0) await hook(em, ids);
    }
    rows.forEach((r) => this.metrics.outboxPublished.inc({ topic: r.topic }));
  }

  private async recordRefusal(em: EntityManager, { row, error }: Refused): Promise<void> {
    const [[{ abandoned }]] = (await em.query(
      `UPDATE outbox SET attempts = attempts + 1, last_error = $2,
              abandoned_at = CASE WHEN attempts + 1 >= $3 THEN now() END
        WHERE id = $1 RETURNING abandoned_at IS NOT NULL AS abandoned`,
      [row.id, error, this.config.outboxMaxAttempts],
    )) as [[{ abandoned: boolean }], number];
    if (!abandoned) return;
    this.metrics.outboxAbandoned.inc({ topic: row.topic });
    this.logger.error({ outboxId: row.id, topic: row.topic, attempts: this.config.outboxMaxAttempts, error }, 'outbox row abandoned: the broker refuses it; later rows flow');
  }

  /** Rows past OUTBOX_RETENTION_HOURS since they went out (or were abandoned) go, a page at a time between batches. */
  private async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM outbox WHERE id IN (
         SELECT id FROM outbox WHERE coalesce(processed_at, abandoned_at) < now() - make_interval(hours => $1) LIMIT 5000)`,
      [this.config.outboxRetentionHours],
    );
  }

  /** Outside the rolled-back transaction, so the oldest waiting row shows why nothing moves. */
  private async recordOutage(error: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $1
          WHERE id = (SELECT min(id) FROM outbox WHERE processed_at IS NULL AND abandoned_at IS NULL)`,
        [error],
      )
      .catch(() => undefined);
  }

  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
