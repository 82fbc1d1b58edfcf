import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import {
  createTestDatabase,
  dropTestDatabase,
  freeServicePorts,
  startServices,
  testInfrastructure,
  uniqueTopicPrefix,
  waitFor,
  waitForHttp,
} from './index';
import { redisCommand } from './local-stack';

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

describe('service launcher', () => {
  it('starts services with the infrastructure in their env, kills and restarts one', async () => {
    const infra = testInfrastructure();
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-launcher-'));
    // A stand-in for a service: ready at once, echoes the env the launcher gave it.
    const fake = `require('http').createServer((q, r) => r.end(JSON.stringify({ url: q.url, kafka: process.env.KAFKA_BROKERS, idem: process.env.KAFKA_IDEMPOTENT_PRODUCER }))).listen(+process.env.PORT, '127.0.0.1')`;
    const services = await startServices(infra, {
      logDir,
      ports: await freeServicePorts(),
      command: () => ({ cmd: process.execPath, args: ['-e', fake] }),
    });
    try {
      const seen = await waitForHttp(`${services.url('alerting')}/health/ready`);
      expect(seen.json()).toEqual({ url: '/health/ready', kafka: infra.kafkaBrokers.join(','), idem: 'false' });
      await services.kill('alerting');
      await expect(fetch(`${services.url('alerting')}/health/ready`)).rejects.toThrow();
      await services.restart('alerting');
      expect((await fetch(`${services.url('alerting')}/health/ready`)).status).toBe(200);
    } finally {
      await services.stop();
      fs.rmSync(logDir, { recursive: true, force: true });
    }
  });

  it('fails with the tail of the log when a service dies on start', async () => {
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hw-launcher-'));
    try {
      const starting = startServices(testInfrastructure(), {
        logDir,
        only: ['ingest-api'],
        ports: await freeServicePorts(),
        command: () => ({ cmd: process.execPath, args: ['-e', 'console.error("config: PORT missing"); process.exit(3)'] }),
      });
      await expect(starting).rejects.toThrow(/ingest-api on port \d+: exited \(3\)[\s\S]*config: PORT missing/);
    } finally {
      fs.rmSync(logDir, { recursive: true, force: true });
    }
  });
});
