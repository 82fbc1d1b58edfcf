/**
 * ingest-api throughput beside the machine's limit: accepted notifications per second and
 * p50/p99 latency under autocannon at 8, 32 and 128 connections, then pgbench running a
 * one-row INSERT transaction at the same client counts on the same PostgreSQL.
 *
 *   npm run build && npx tsx --tsconfig tsconfig.json tests/bench/ingest-throughput.bench.ts [--seconds=15]
 *
 * Uses TEST_DATABASE_URL / TEST_REDIS_URL / TEST_KAFKA_BROKERS if set, else starts the local
 * infrastructure. ingest-api runs built (dist/) in its own process, as in production, with its
 * outbox relay publishing to the broker during the run, request logging on (LOG_LEVEL=info, to
 * a file), and a rate limit high enough never to bite. Each request is a new notification.
 * Not part of `npm test`.
 */
import { createTestDatabase, dropTestDatabase, exportToEnv, freePort, startServices, startTestInfrastructure, uniqueQueuePrefix, uniqueTopicPrefix } from '@homeward/testing';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { randomUUID } from 'node:crypto';

const SECONDS = Number(process.argv.find((a) => a.startsWith('--seconds='))?.slice(10) ?? 15);
const CLIENTS = [8, 32, 128];

/** The part of autocannon's API used here (the package ships no types, and @types/autocannon is not installed). */
interface AutocannonResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number };
}
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** A new, valid notification each time, as a police system sends them. */
function notification(): Record<string, unknown> {
  return {
    notificationId: `BENCH-${randomUUID()}`,
    type: 'MISSING_REPORTED',
    policeReference: `BN/${randomUUID().slice(0, 12)}`,
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    child: { givenName: 'Bench', familyName: `Child-${randomUUID().slice(0, 8)}`, dateOfBirth: '2012-04-17' },
    riskLevel: 'MEDIUM',
    careStatus: 'LOOKED_AFTER',
    missingFrom: 'FOSTER_CARE',
    vulnerabilities: ['CSE'],
    location: { postcode: 'NG1 5FT', description: 'Bus station' },
  };
}

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function ingestRun(url: string, key: string, connections: number): Promise<Figures> {
  const result = await autocannon({
    url: `${url}/v1/notifications`,
    connections,
    duration: SECONDS,
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req: object) => ({ ...req, body: JSON.stringify(notification()) }) }],
  });
  const accepted = result['2xx'];
  return { perSecond: accepted / SECONDS, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
}

function pgbenchRun(databaseUrl: string, clients: number, script: string): Figures {
  const u = new URL(databaseUrl);
  const out = execFileSync(
    'pgbench',
    ['-n', '-h', u.hostname, '-p', u.port, '-U', u.username, '-c', String(clients), '-j', String(Math.min(clients, os.cpus().length)), '-T', String(SECONDS), '-f', script, '--log', '--log-prefix', path.join(path.dirname(script), `pgbench-${clients}`), u.pathname.slice(1)],
    { encoding: 'utf8', cwd: path.dirname(script) },
  );
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? NaN);
  // Per-transaction latencies from pgbench's log files (column 3, microseconds).
  const latencies = fs
    .readdirSync(path.dirname(script))
    .filter((f) => f.startsWith(`pgbench-${clients}.`))
    .flatMap((f) => fs.readFileSync(path.join(path.dirname(script), f), 'utf8').trim().split('\n').map((l) => Number(l.split(' ')[2]) / 1000))
    .sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: tps, p50: at(0.5), p99: at(0.99), errors: 0 };
}

async function main(): Promise<void> {
  const infra = await startTestInfrastructure();
  exportToEnv(infra);
  const databaseUrl = await createTestDatabase(infra.databaseUrl);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-ingest-bench-'));
  const env = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '20',
    KAFKA_TOPIC_PREFIX: uniqueTopicPrefix(),
    QUEUE_PREFIX: uniqueQueuePrefix(),
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_FORCE: '100000000',
  };
  const port = await freePort();
  const services = await startServices(infra, { only: ['ingest-api'], ports: { 'ingest-api': port }, logDir: work, env });
  try {
    const created = execFileSync(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'BENCH'], {
      env: { ...process.env, REDIS_URL: infra.redisUrl, KAFKA_BROKERS: infra.kafkaBrokers.join(','), KAFKA_IDEMPOTENT_PRODUCER: 'false', CHILD_KEY_SECRET: 'bench-child-key-secret-0123456789', ...env },
    });
    const { key } = JSON.parse(created.toString()) as { key: string };
    const url = services.url('ingest-api');
    await ingestRun(url, key, 8); // warm-up: JIT, pools, first topic metadata

    // The physical limit: one INSERT of a notification-sized row per transaction, same server, same durability.
    const pg = new URL(databaseUrl);
    const psql = (sql: string) => execFileSync('psql', ['-h', pg.hostname, '-p', pg.port, '-U', pg.username, '-d', pg.pathname.slice(1), '-qc', sql]);
    psql('CREATE TABLE IF NOT EXISTS public.bench_rows (id uuid PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    const script = path.join(work, 'insert.sql');
    fs.writeFileSync(script, `INSERT INTO public.bench_rows (id, body) VALUES (gen_random_uuid(), '${JSON.stringify(notification()).replace(/'/g, "''")}');\n`);

    const rows: string[] = [];
    for (const clients of CLIENTS) {
      const ingest = await ingestRun(url, key, clients);
      const limit = pgbenchRun(databaseUrl, clients, script);
      rows.push(
        `| ${String(clients).padStart(3)} | ${ingest.perSecond.toFixed(0).padStart(6)} | ${ingest.p50.toFixed(1).padStart(6)} | ${ingest.p99.toFixed(1).padStart(6)} | ${String(ingest.errors).padStart(4)} | ${limit.perSecond.toFixed(0).padStart(6)} | ${limit.p50.toFixed(2).padStart(6)} | ${limit.p99.toFixed(2).padStart(6)} | ${((100 * ingest.perSecond) / limit.perSecond).toFixed(0).padStart(4)} % |`,
      );
      console.log(rows[rows.length - 1]);
    }
    console.log(`\n${SECONDS} s per run, ${os.cpus().length} CPUs, PostgreSQL as the test harness runs it (${infra.kind}).`);
    console.log('| conns | ingest accepted/s | p50 ms | p99 ms | non-2xx | pgbench tps | p50 ms | p99 ms | ratio |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  } finally {
    await services.stop();
    await dropTestDatabase(databaseUrl);
    await infra.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
