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
    await runner.query(`CREATE TABLE effects (message_id uuid NOT NULL, note text NOT NULL)`);
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
    env = await createTestEnvironment();
    probe = await startServiceInProcess(ProbeModule, env);
  });

  afterAll(async () => {
    await probe?.close();
    await env?.dispose();
  });

  const effects = async () => probe.app.get(DataSource).query(`SELECT note FROM effects ORDER BY note`) as Promise<{ note: string }[]>;

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
