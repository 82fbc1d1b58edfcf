import { Topics } from '@homeward/contracts';
import { createTestEnvironment, freeServicePorts, Infrastructure, ServiceName, Services, startServices, TestEnvironment, waitFor } from '@homeward/testing';
import { Kafka, logLevel } from 'kafkajs';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { faultRunMix } from './support/fault-runs';
import { postAll } from './support/police-system';

/**
 * The development broker trims unread messages, and a message can be parked: an accepted
 * notification would then never be decided, and nobody would know. The drill drops the
 * notifications between ingest-api's relay and protocol-engine and shows ingest-api notice
 * them, alert ops, and hand them over again, so every one is decided once.
 */
describe('nothing accepted is left undecided', () => {
  let env: TestEnvironment;
  const running: Services[] = [];
  let db: Client;

  beforeAll(async () => {
    env = await createTestEnvironment({ UNDECIDED_AFTER_SECONDS: '3', UNDECIDED_CHECK_INTERVAL_MS: '500' });
    db = new Client({ connectionString: env.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop()));
    await db?.end();
    await env?.dispose();
  });

  const launch = async (name: ServiceName) => {
    const infra: Infrastructure = { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined };
    const services = await startServices(infra, { logDir: mkdtempSync(join(tmpdir(), 'homeward-undecided-')), ports: await freeServicePorts(), env: env.env, only: [name] });
    running.push(services);
    return services;
  };
  const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0].n;
  const undecidedGauge = async (ingest: Services) =>
    Number(/^homeward_notifications_undecided (\d+)/m.exec(await (await fetch(`${ingest.url('ingest-api')}/metrics`)).text())?.[1] ?? NaN);

  it('given notifications published and then lost before protocol-engine read them, alerts ops and hands them over again until each is decided once', async () => {
    const ingest = await launch('ingest-api');
    const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'DRILL'], { env: { ...process.env, ...env.env } });
    const apiKey = (JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { key: string }).key;
    const children = faultRunMix(40, 3);
    const { accepted } = await postAll(() => ingest.url('ingest-api'), apiKey, children);
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM ingest.notifications WHERE published_at IS NULL`)) === 0, { description: 'every notification published' });

    // The loss: a stranger in protocol-engine's consumer group reads every message and commits it.
    const kafka = new Kafka({ clientId: 'drill', brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING });
    const groupId = `${env.topicPrefix}protocol-engine.decisions`;
    const topic = env.topicPrefix + Topics.notificationReceived;
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    const thief = kafka.consumer({ groupId, sessionTimeout: 6_000 });
    await thief.connect();
    await thief.subscribe({ topics: [topic], fromBeginning: true });
    await thief.run({ eachMessage: async () => undefined });
    await waitFor(
      async () => {
        const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
        const at = (partition: number) => BigInt(committed.partitions.find((p) => p.partition === partition)?.offset ?? '-1');
        return ends.every((end) => at(end.partition) >= BigInt(end.high)) || undefined;
      },
      { description: 'the notifications taken from protocol-engine', timeoutMs: 30_000 },
    );
    await thief.disconnect();
    await admin.disconnect();

    await waitFor(async () => (await undecidedGauge(ingest)) === accepted || undefined, { description: 'ops told every accepted notification is undecided', timeoutMs: 30_000 });
    await launch('protocol-engine');
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM ingest.notifications WHERE decided_at IS NULL`)) === 0, {
      description: 'every notification decided',
      timeoutMs: 60_000,
    });
    expect(await count(`SELECT count(DISTINCT cause->>'ingestId')::int AS n FROM protocol.decisions WHERE cause->>'kind' = 'notification'`)).toBe(accepted);
    expect(await count(`SELECT count(*)::int AS n FROM protocol.decisions WHERE cause->>'kind' = 'notification'`)).toBe(accepted);
    await waitFor(async () => (await undecidedGauge(ingest)) === 0 || undefined, { description: 'the alert cleared', timeoutMs: 10_000 });
  }, 180_000);
});
