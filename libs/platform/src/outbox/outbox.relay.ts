import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ServiceConfig } from '../config';
import { MessageBus } from '../kafka';
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

/**
 * Publishes committed outbox rows in id order. Rows are claimed with FOR UPDATE SKIP LOCKED so
 * several replicas share the work, and marked processed in the same transaction after the
 * broker acknowledged them: a crash in between republishes, which consumers' inboxes absorb.
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
    while (this.running) {
      try {
        const published = await this.publishBatch();
        failures = 0;
        if (published === BATCH_SIZE) continue;
        await this.idle(this.config.outboxPollIntervalMs);
      } catch (error) {
        failures += 1;
        this.metrics.outboxPublishFailures.inc();
        this.logger.warn({ error: error instanceof Error ? error.message : String(error), failures }, 'outbox publish failed; will retry');
        await this.idle(Math.min(MAX_BACKOFF_MS, 100 * 2 ** failures));
      }
    }
  }

  private async publishPending(): Promise<void> {
    while ((await this.publishBatch()) === BATCH_SIZE);
  }

  private publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: PendingRow[] = await em.query(
        `SELECT id, aggregate_type, aggregate_id, topic, message_key, payload, headers FROM outbox
         WHERE processed_at IS NULL AND abandoned_at IS NULL
         ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        await this.bus.publish(
          rows.map((r) => ({ topic: r.topic, key: r.message_key, value: JSON.stringify(r.payload), headers: r.headers })),
        );
      } catch (error) {
        await em.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1)`, [
          ids,
          error instanceof Error ? error.message.slice(0, 500) : 'unknown',
        ]);
        throw error;
      }
      await em.query(`UPDATE outbox SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`, [ids]);
      for (const [type, hook] of this.publishedHooks) {
        const published = rows.filter((r) => r.aggregate_type === type).map((r) => r.aggregate_id);
        if (published.length > 0) await hook(em, published);
      }
      rows.forEach((r) => this.metrics.outboxPublished.inc({ topic: r.topic }));
      return rows.length;
    });
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
