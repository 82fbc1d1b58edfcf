import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { createTestDatabase, dropTestDatabase, testInfrastructure, uniqueTopicPrefix, waitFor } from '@homeward/testing';
import { redisCommand } from '../../../tools/local-stack';

jest.setTimeout(60_000);

describe('test infrastructure harness', () => {
  const infra = testInfrastructure();

  it('reaches workers through the environment', () => {
    expect(process.env.TEST_DATABASE_URL).toMatch(/^postgres:\/\//);
    expect(process.env.TEST_REDIS_URL).toMatch(/^redis:\/\//);
    expect(process.env.TEST_KAFKA_BROKERS).toMatch(/:\d+/);
  });

  it('gives each suite its own PostgreSQL database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(infra.databaseUrl), createTestDatabase(infra.databaseUrl)]);
    const ca = new Client({ connectionString: a });
    const cb = new Client({ connectionString: b });
    await Promise.all([ca.connect(), cb.connect()]);
    try {
      await ca.query('CREATE TABLE marker (n int)');
      const seen = await cb.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'marker'");
      expect(seen.rows[0].n).toBe(0);
      expect((await ca.query('SELECT current_database() AS db')).rows[0].db).toMatch(/^hw_/);
    } finally {
      await Promise.all([ca.end(), cb.end()]);
      await Promise.all([dropTestDatabase(a), dropTestDatabase(b)]);
    }
  });

  it('runs Redis with AOF and no eviction', async () => {
    const port = Number(new URL(infra.redisUrl).port);
    expect(await redisCommand(port, 'CONFIG GET appendonly')).toContain('yes');
    expect(await redisCommand(port, 'CONFIG GET maxmemory-policy')).toContain('noeviction');
  });

  it('produces to and consumes from an auto-created, suite-prefixed topic in a consumer group', async () => {
    const topic = `${uniqueTopicPrefix()}harness.check.v1`;
    const kafka = new Kafka({ clientId: 'harness-spec', brokers: infra.kafkaBrokers, logLevel: logLevel.NOTHING });
    // The mock broker rejects idempotent producers.
    const producer = kafka.producer({ idempotent: false, allowAutoTopicCreation: true });
    const consumer = kafka.consumer({ groupId: `${topic}.group`, allowAutoTopicCreation: true });
    const received: string[] = [];
    try {
      await Promise.all([producer.connect(), consumer.connect()]);
      await consumer.subscribe({ topic, fromBeginning: true });
      await consumer.run({ eachMessage: async ({ message }) => void received.push(String(message.value)) });
      await producer.send({ topic, messages: ['one', 'two', 'three'].map((value, i) => ({ key: `k${i}`, value })) });
      await waitFor(() => received.length >= 3, { timeoutMs: 30_000, description: `3 messages on ${topic}` });
      expect(received.sort()).toEqual(['one', 'three', 'two']);
    } finally {
      await Promise.all([consumer.disconnect(), producer.disconnect()]);
    }
    // Offsets were committed for the group: the 3 messages are spread over partitions.
    const admin = kafka.admin();
    await admin.connect();
    try {
      const offsets = await waitFor(
        async () => {
          const [t] = await admin.fetchOffsets({ groupId: `${topic}.group`, topics: [topic] });
          const total = t.partitions.reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
          return total === 3 ? total : undefined;
        },
        { timeoutMs: 10_000, description: 'committed offsets to total 3' },
      );
      expect(offsets).toBe(3);
    } finally {
      await admin.disconnect();
    }
  });
});
