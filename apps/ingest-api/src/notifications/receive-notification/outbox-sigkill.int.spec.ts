import { Topics } from '@homeward/contracts';
import { createTestEnvironment, freeServicePorts, Services, startServices, TestEnvironment, waitFor } from '@homeward/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';

jest.setTimeout(180_000);

/**
 * "Nothing accepted is lost": ingest-api (built, in its own process) is SIGKILLed after a
 * notification's commit and before its relay published it. The restarted process publishes it
 * exactly once. The relay is held off by OUTBOX_RELAY_ENABLED=false in the first life, which
 * makes "before the publish" certain instead of a race against a relay that runs at once.
 */
describe('ingest-api killed between commit and publish', () => {
  let env: TestEnvironment;
  let stack: Services | undefined;
  let rows: IngestRows;
  const logDir = mkdtempSync(join(tmpdir(), 'hw-ingest-kill-'));

  beforeAll(async () => {
    env = await createTestEnvironment({ LOG_LEVEL: 'info' });
    rows = await IngestRows.open(env.databaseUrl);
  });

  afterAll(async () => {
    await stack?.stop();
    await rows?.close();
    await env?.dispose();
  });

  const infra = () => ({ databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined });
  const start = (port: number, relay: boolean) =>
    startServices(infra(), { logDir, only: ['ingest-api'], ports: { 'ingest-api': port }, env: { ...env.env, OUTBOX_RELAY_ENABLED: String(relay) } });

  it('given a SIGKILL after the 202 and before the relay ran, publishes the notification once after restart', async () => {
    const port = (await freeServicePorts())['ingest-api'];
    stack = await start(port, false);
    const created = execFileSync(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'KILL-FORCE'], { env: { ...process.env, ...env.env } });
    const { key } = JSON.parse(created.toString()) as { key: string };

    const notification = validNotification({ child: { givenName: 'Zebedee', familyName: 'Quillfeather', dateOfBirth: '2012-04-17' } });
    const accepted = await postNotification(stack.url('ingest-api'), key, notification);
    expect(accepted.status).toBe(202);
    const id = String(accepted.body.id);
    const pending = await rows.query<{ processed_at: Date | null }>(`SELECT processed_at FROM ingest.outbox WHERE aggregate_id = $1`, [id]);
    expect(pending).toEqual([{ processed_at: null }]);

    await stack.kill('ingest-api', 'SIGKILL');
    stack = await start(port, true);
    await waitFor(
      async () => (await rows.query<{ p: Date | null }>(`SELECT processed_at AS p FROM ingest.outbox WHERE aggregate_id = $1`, [id]))[0]?.p ?? undefined,
      { timeoutMs: 60_000, description: 'outbox row published after restart' },
    );

    expect(await publishedCopiesOf(id)).toBe(1);

    // The request log names force, notification and outcome; the child's details appear nowhere in it.
    const log = readFileSync(join(logDir, 'ingest-api.log'), 'utf8');
    const requestLines = log.split('\n').filter((l) => l.includes('"notification request"'));
    expect(requestLines.some((l) => l.includes('"force":"KILL-FORCE"') && l.includes(`"notificationId":"${String(notification.notificationId)}"`) && l.includes('"outcome":202'))).toBe(true);
    expect(log).not.toMatch(/Zebedee|Quillfeather|2012-04-17|NG1 5FT|Bus station/);
  });

  /** Reads the topic to its end and counts the events about one notification. */
  async function publishedCopiesOf(ingestId: string): Promise<number> {
    const topic = env.topicPrefix + Topics.notificationReceived;
    const kafka = new Kafka({ clientId: 'kill-test-reader', brokers: env.kafkaBrokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const remaining = new Map(ends.map((p) => [p.partition, BigInt(p.high)]));
    const consumer = kafka.consumer({ groupId: `${env.topicPrefix}kill-test-reader` });
    let copies = 0;
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        const envelope = JSON.parse(String(message.value)) as { data: { ingestId: string } };
        if (envelope.data.ingestId === ingestId) copies++;
        if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
      },
    });
    for (const p of ends) if (BigInt(p.high) === 0n) remaining.delete(p.partition);
    await waitFor(() => remaining.size === 0, { timeoutMs: 30_000, description: 'topic read to its end' });
    await consumer.disconnect();
    return copies;
  }
});
