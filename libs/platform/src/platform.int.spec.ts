import { createEnvelope } from '@homeward/contracts';
import { startRedis } from '@homeward/local-stack';
import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { IsInt } from 'class-validator';
import Redis from 'ioredis';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { Env, ServiceConfig } from './config';
import { createInboxTable, Inbox } from './inbox';
import { KafkaModule, MessageBus } from './kafka';
import { createOutboxTable, OutboxModule, OutboxWriter, UnitOfWork } from './outbox';
import { PlatformModule } from './platform.module';

class ProbeConfig extends ServiceConfig {
  @Env('PORT') @IsInt()
  override port: number = 0;
}

class ProbeTables1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createOutboxTable(runner);
    await createInboxTable(runner);
    await runner.query(`CREATE TABLE effects (seq bigserial, message_id uuid NOT NULL, note text NOT NULL)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE effects, inbox, outbox`);
  }
}

const TOPIC = 'platform.probe.v1';

/** A consumer whose effect is one row per message it processes. */
@Injectable()
class ProbeConsumer implements OnApplicationBootstrap {
  constructor(
    private readonly bus: MessageBus,
    private readonly inbox: Inbox,
  ) {}

  onApplicationBootstrap() {
    return this.bus.subscribe({
      groupId: 'platform-probe',
      topics: [TOPIC],
      handler: async (event) => {
        await this.inbox.processOnce('probe', event.envelope.id, (em) =>
          em.query(`INSERT INTO effects (message_id, note) VALUES ($1, $2)`, [event.envelope.id, String((event.envelope.data as { note: string }).note)]).then(() => undefined),
        );
      },
    });
  }
}

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'platform-probe',
      config: ProbeConfig,
      database: { schema: 'probe', entities: [], migrations: [ProbeTables1700000000000] },
    }),
    KafkaModule,
    OutboxModule,
  ],
  providers: [ProbeConsumer],
})
class ProbeModule {}

describe('platform: outbox relay and idempotent inbox on real PostgreSQL and Kafka', () => {
  let env: TestEnvironment;
  let probe: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment({ OUTBOX_MAX_ATTEMPTS: '3', KAFKA_MAX_MESSAGE_BYTES: '4096', OUTBOX_RETENTION_HOURS: '1', OUTBOX_PRUNE_INTERVAL_MS: '200' });
    probe = await startServiceInProcess(ProbeModule, env);
  });

  afterAll(async () => {
    await probe?.close();
    await env?.dispose();
  });

  const effects = async () => probe.app.get(DataSource).query(`SELECT note FROM effects ORDER BY note`) as Promise<{ note: string }[]>;
  const probeEvent = (note: string) => createEnvelope({ type: 'platform.probe', version: 1, data: { note }, correlationId: 'c', producer: 'test' });
  /** Appends each [key, event] in order, in one transaction. */
  const write = (service: RunningService, events: [string, ReturnType<typeof probeEvent>][]) =>
    service.app.get(UnitOfWork).run(async (em) => {
      for (const [key, envelope] of events) await service.app.get(OutboxWriter).append(em, { topic: TOPIC, key, aggregateType: 'probe', aggregateId: envelope.id, envelope });
    });
  const outboxRow = async (envelope: { id: string }) =>
    ((await probe.app.get(DataSource).query(`SELECT attempts, last_error, processed_at, abandoned_at FROM outbox WHERE message_id = $1`, [envelope.id])) as {
      attempts: number;
      last_error: string | null;
      processed_at: Date | null;
      abandoned_at: Date | null;
    }[])[0];

  it('given events written to the outbox in a committed transaction, publishes each so the consumer applies it once', async () => {
    const envelopes = ['a', 'b', 'c'].map((note) => createEnvelope({ type: 'platform.probe', version: 1, data: { note }, correlationId: 'c', producer: 'test' }));
    await probe.app.get(UnitOfWork).run(async (em) => {
      for (const envelope of envelopes) {
        await probe.app.get(OutboxWriter).append(em, { topic: TOPIC, key: 'k', aggregateType: 'probe', aggregateId: envelope.id, envelope });
      }
    });
    await waitFor(async () => (await effects()).length === 3, { description: 'three effects', timeoutMs: 20_000 });
    const published = await probe.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE processed_at IS NOT NULL`);
    expect(published[0].n).toBe(3);
  });

  it('given a rolled-back transaction, publishes nothing of it', async () => {
    const envelope = createEnvelope({ type: 'platform.probe', version: 1, data: { note: 'rolled-back' }, correlationId: 'c', producer: 'test' });
    await expect(
      probe.app.get(UnitOfWork).run(async (em) => {
        await probe.app.get(OutboxWriter).append(em, { topic: TOPIC, key: 'k', aggregateType: 'probe', aggregateId: envelope.id, envelope });
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');
    const rows = await probe.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE message_id = $1`, [envelope.id]);
    expect(rows[0].n).toBe(0);
  });

  it('given the same message delivered twice, applies its effect once', async () => {
    const envelope = createEnvelope({ type: 'platform.probe', version: 1, data: { note: 'twice' }, correlationId: 'c', producer: 'test' });
    await env.publish(TOPIC, envelope, 'k');
    await env.publish(TOPIC, envelope, 'k');
    const marker = createEnvelope({ type: 'platform.probe', version: 1, data: { note: 'zz-marker' }, correlationId: 'c', producer: 'test' });
    await env.publish(TOPIC, marker, 'k');
    await waitFor(async () => (await effects()).some((e) => e.note === 'zz-marker'), { description: 'the marker effect', timeoutMs: 20_000 });
    expect((await effects()).filter((e) => e.note === 'twice')).toHaveLength(1);
  });

  it('given a row the broker refuses every time, abandons it after the configured attempts with its error, and the rest flow, its own key only after it', async () => {
    const refused = probeEvent('x'.repeat(5_000));
    const sameKeyAfter = probeEvent('held-behind-refused');
    const otherKey = probeEvent('other-key-flows');
    await write(probe, [['poisoned', refused], ['poisoned', sameKeyAfter], ['elsewhere', otherKey]]);

    await waitFor(async () => (await effects()).some((e) => e.note === 'held-behind-refused'), { description: 'the held row published', timeoutMs: 20_000 });
    const [abandoned, held, other] = [await outboxRow(refused), await outboxRow(sameKeyAfter), await outboxRow(otherKey)];
    expect(abandoned).toMatchObject({ attempts: 3, processed_at: null, last_error: expect.stringContaining('MESSAGE_TOO_LARGE') });
    expect(abandoned.abandoned_at).not.toBeNull();
    expect(other.processed_at!.getTime()).toBeLessThanOrEqual(abandoned.abandoned_at!.getTime());
    expect(held.processed_at!.getTime()).toBeGreaterThanOrEqual(abandoned.abandoned_at!.getTime());
    const metrics = await (await fetch(`${probe.url}/metrics`)).text();
    expect(metrics).toMatch(/homeward_outbox_abandoned_total\{topic="platform\.probe\.v1"\} 1/);
  });

  it('given published rows older than the retention, deletes them (they hold whole events) and keeps the recent ones', async () => {
    const [old, recent] = [probeEvent('retained-old'), probeEvent('retained-recent')];
    await write(probe, [['retention', old], ['retention', recent]]);
    await waitFor(async () => (await outboxRow(recent))?.processed_at ?? undefined, { description: 'both published', timeoutMs: 20_000 });
    await probe.app.get(DataSource).query(`UPDATE outbox SET processed_at = now() - interval '2 hours' WHERE message_id = $1`, [old.id]);
    await waitFor(async () => (await outboxRow(old)) === undefined || undefined, { description: 'the old row deleted', timeoutMs: 20_000 });
    expect(await outboxRow(recent)).toBeDefined();
  });

  it("given two relays publishing the same outbox, each key's events reach the consumer in the order they were written", async () => {
    const second = await startServiceInProcess(ProbeModule, env);
    try {
      const written = Array.from({ length: 12 }, (_, batch) => Array.from({ length: 50 }, (_, i) => probeEvent(`ordered-${String(batch * 50 + i).padStart(4, '0')}`)));
      // One commit after another (so id order is commit order), from both replicas while both relays run.
      for (const [batch, events] of written.entries()) await write(batch % 2 ? second : probe, events.map((e) => ['one-key', e]));
      const seen = async () =>
        ((await probe.app.get(DataSource).query(`SELECT note FROM effects WHERE note LIKE 'ordered-%' ORDER BY seq`)) as { note: string }[]).map((e) => e.note);
      await waitFor(async () => (await seen()).length === 600, { description: 'all 600 effects', timeoutMs: 60_000 });
      const committedOrder = ((await probe.app.get(DataSource).query(
        `SELECT payload->'data'->>'note' AS note FROM outbox WHERE payload->'data'->>'note' LIKE 'ordered-%' ORDER BY id`,
      )) as { note: string }[]).map((r) => r.note);
      expect(await seen()).toEqual(committedOrder);
    } finally {
      await second.close();
    }
  });
});

describe('platform: start-up refuses a Redis that may evict keys', () => {
  it('given Redis with maxmemory-policy allkeys-lru, the service refuses to start and names the problem', async () => {
    const redis = await startRedis({ dataDir: mkdtempSync(join(tmpdir(), 'hw-evicting-redis-')) });
    const env = await createTestEnvironment({ REDIS_URL: redis.url });
    const client = new Redis(redis.url);
    try {
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(startServiceInProcess(ProbeModule, env)).rejects.toThrow(/maxmemory-policy "allkeys-lru".*requires "noeviction"/);
    } finally {
      client.disconnect();
      await env.dispose();
      await redis.stop();
    }
  });
});
