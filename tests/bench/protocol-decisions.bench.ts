/**
 * protocol-engine throughput: decisions per second from a backlog of generated police
 * notifications on the local broker, and the share of that time spent evaluating the protocol.
 *
 *   npm run build && npx tsx --tsconfig tsconfig.json tests/bench/protocol-decisions.bench.ts [--n=100000]
 *
 * Uses TEST_DATABASE_URL / TEST_REDIS_URL / TEST_KAFKA_BROKERS if set, else starts the local
 * infrastructure (Postgres, Redis, librdkafka mock broker). The service runs as a built process
 * (dist/), as in production; the backlog is produced before it starts, so it drains a full topic.
 * The librdkafka mock broker keeps only about 7,000 messages a partition (it trims older ones
 * even if unconsumed), so the backlog is topped up in waves and never exceeds BACKLOG_CAP.
 * Evaluation share: the service's own histograms (/metrics) time the pure protocol evaluation
 * and the whole use case (transaction included). The consumer works on several partitions at
 * once (KAFKA_PARTITIONS_CONSUMED_CONCURRENTLY), so their sums are compared with each other,
 * not with the wall clock: of the time a decision is in hand, how much is evaluation and how
 * much waits on PostgreSQL.
 */
import { createEnvelope, NotificationReceivedV1, RiskLevel, Topics, Vulnerability } from '@homeward/contracts';
import { createTestDatabase, dropTestDatabase, exportToEnv, freePort, startServices, startTestInfrastructure, uniqueQueuePrefix, uniqueTopicPrefix } from '@homeward/testing';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

const N = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 100_000);
const HOUR = 3_600_000;
/** Four partitions of at most ~7,000 retained messages each on the mock broker. */
const BACKLOG_CAP = 20_000;

/** A deterministic-enough mix: repeat missers, risk updates on a third, found for 95%, CSE on 9%. */
function* generate(total: number): Generator<NotificationReceivedV1> {
  const children = Array.from({ length: Math.max(1, Math.floor(total / 6)) }, (_, i) => ({
    givenName: `Child${i}`,
    familyName: 'Bench',
    dateOfBirth: `20${10 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
    localAuthorityId: `BENCH-${i}`,
    cse: Math.random() < 0.09,
  }));
  let produced = 0;
  let t = Date.parse('2025-01-01T00:00:00Z');
  while (produced < total) {
    const c = children[Math.floor(Math.random() * children.length)];
    const ref = `BN/${randomUUID().slice(0, 12)}`;
    const risk: RiskLevel = (['VERY_LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH'] as const)[Math.floor(Math.random() * 5)];
    const vulnerabilities: Vulnerability[] = c.cse ? ['CSE'] : [];
    t += Math.floor(Math.random() * 6 * HOUR);
    const base = { force: 'BENCH', policeReference: ref, child: c, careStatus: 'NOT_KNOWN' as const, vulnerabilities, receivedAt: new Date(t).toISOString() };
    const one = (type: NotificationReceivedV1['type'], at: number, riskLevel: RiskLevel): NotificationReceivedV1 => {
      const ingestId = randomUUID();
      return { ...base, notificationId: ingestId, ingestId, type, occurredAt: new Date(at).toISOString(), riskLevel };
    };
    yield one('MISSING_REPORTED', t, risk);
    produced++;
    if (produced < total && Math.random() < 0.33) {
      yield one('RISK_UPDATED', t + 2 * HOUR, risk === 'HIGH' ? 'MEDIUM' : 'HIGH');
      produced++;
    }
    if (produced < total && Math.random() < 0.95) {
      yield one('FOUND', t + Math.floor(Math.random() * 48 * HOUR), risk);
      produced++;
    }
  }
}

async function main(): Promise<void> {
  const infra = await startTestInfrastructure();
  exportToEnv(infra);
  const databaseUrl = await createTestDatabase(infra.databaseUrl);
  const topicPrefix = uniqueTopicPrefix();
  const kafka = new Kafka({ clientId: 'bench', brokers: infra.kafkaBrokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const produceStart = Date.now();
  const messages = [...generate(N)].map((n) => ({
    key: n.child.localAuthorityId!,
    value: JSON.stringify(createEnvelope({ type: 'police.notification-received', version: 1, data: n, correlationId: randomUUID(), producer: 'bench' })),
  }));
  let produced = 0;
  /** Tops the topic up to `upTo` messages, in small produce requests. */
  const produceUpTo = async (upTo: number) => {
    for (; produced < Math.min(upTo, N); produced += 250) {
      await producer.send({ topic: topicPrefix + Topics.notificationReceived, messages: messages.slice(produced, Math.min(produced + 250, upTo, N)) });
    }
    produced = Math.min(produced, upTo, N);
  };
  await produceUpTo(BACKLOG_CAP);
  console.log(`backlog: ${produced} of ${N} notifications produced in ${((Date.now() - produceStart) / 1000).toFixed(1)} s`);

  const port = await freePort();
  const services = await startServices(infra, {
    only: ['protocol-engine'],
    ports: { 'protocol-engine': port },
    logDir: path.join(os.tmpdir(), 'homeward-bench'),
    env: { DATABASE_URL: databaseUrl, KAFKA_TOPIC_PREFIX: topicPrefix, QUEUE_PREFIX: uniqueQueuePrefix(), LOG_LEVEL: 'warn' },
  });
  const db = new Client({ connectionString: databaseUrl, options: '-c search_path=protocol' });
  await db.connect();
  try {
    const count = async () => Number((await db.query(`SELECT count(*) FROM applied_notifications`)).rows[0].count);
    const start = Date.now();
    let done = 0;
    for (let last = -1, progressAt = Date.now(); done < N; ) {
      await new Promise((r) => setTimeout(r, 1_000));
      done = await count();
      if (produced - done < BACKLOG_CAP / 2) await produceUpTo(done + BACKLOG_CAP);
      if (done !== last) {
        process.stdout.write(`\r${done}/${N} decided, ${((done * 1000) / (Date.now() - start)).toFixed(0)}/s`);
        [last, progressAt] = [done, Date.now()];
      } else if (Date.now() - progressAt > 120_000) throw new Error(`no progress for 2 minutes at ${done}/${N}`);
    }
    await producer.disconnect();
    const wallMs = Date.now() - start;
    console.log(`\nservice: ${N} decisions in ${(wallMs / 1000).toFixed(1)} s = ${((N * 1000) / wallMs).toFixed(0)} decisions/s`);

    const metrics = await (await fetch(`${services.url('protocol-engine')}/metrics`)).text();
    const sum = (name: string) => Number(new RegExp(`^${name}_sum\\{trigger="notification"\\} (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN) * 1000;
    const [evalMs, useCaseMs] = [sum('homeward_protocol_evaluation_seconds'), sum('homeward_protocol_decision_seconds')];
    const pct = (ms: number) => `${((100 * ms) / useCaseMs).toFixed(1)} %`;
    console.log(`per decision: evaluation ${(evalMs / N).toFixed(3)} ms, whole use case ${(useCaseMs / N).toFixed(3)} ms`);
    console.log(`share of the use case's time: protocol evaluation ${pct(evalMs)}, Postgres transaction and the rest ${pct(useCaseMs - evalMs)}`);
    console.log(`decisions in hand at once, on average: ${(useCaseMs / wallMs).toFixed(2)}`);
  } finally {
    await db.end();
    await services.stop();
    await dropTestDatabase(databaseUrl);
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
