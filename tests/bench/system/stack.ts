import { createTestEnvironment, exportToEnv, freeServicePorts, Services, startServices, TestEnvironment } from '@homeward/testing';
import type { ServiceName, StartServicesOptions } from '@homeward/testing';
import { startLocalInfrastructure } from '@homeward/local-stack';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/** The compliance-tracker's documented development CMO key (seeded when SEED_DEVELOPMENT_STAFF=true, as npm start sets it). */
export const DEV_OFFICER_KEY = 'hwo_dev_cmo_local_only';

export interface BenchStack {
  env: TestEnvironment;
  stack: Services;
  apiKey: string;
  db: Client;
  pids(): Record<ServiceName, number>;
  stop(): Promise<void>;
}

/**
 * Local PostgreSQL (durable: false, i.e. fsync and synchronous_commit off), Redis and the Kafka
 * mock, then the four built services with the settings `npm start` uses (development mode,
 * info logging, default pools and outbox poll interval; not the test harness's faster ones),
 * except ingest's per-force rate limit, lifted. Like the fault tests' startSystem, but it can
 * run the services under `node --cpu-prof` (`cpuProfileDir`; NODE_OPTIONS may not carry it).
 * `serviceEnv` adds settings for one service (alerting's SMTP server, say).
 */
export async function startBenchStack(cpuProfileDir?: string, serviceEnv: StartServicesOptions['serviceEnv'] = {}): Promise<BenchStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-bench-'));
  // 48 partitions a topic: the mock keeps ~5 MB a partition, read or not, and a national replay's
  // backlog outgrows less (with 4 it trimmed thousands of unread notifications).
  const infra = await startLocalInfrastructure({ dataDir, durable: false, kafkaPartitions: 48 });
  exportToEnv({ ...infra, kind: 'local' });
  const env = await createTestEnvironment({
    NODE_ENV: 'development',
    LOG_LEVEL: 'info',
    DATABASE_POOL_SIZE: '10',
    OUTBOX_POLL_INTERVAL_MS: '250',
    SHUTDOWN_STEP_TIMEOUT_MS: '10000',
    // ingest-api's per-force cap (600 a minute by default) would measure the limiter, not the system.
    RATE_LIMIT_PER_FORCE: '1000000000',
    // The stack is the bench's own: the topics created up front (48 partitions), not prefixed
    // ones, which the mock would auto-create with 4.
    KAFKA_TOPIC_PREFIX: '',
  });
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  const main = (name: ServiceName) => join('dist', 'apps', name, 'src', 'main.js');
  const stack = await startServices(
    { ...infra, stop: async () => undefined },
    {
      logDir: join(dataDir, 'logs'),
      ports: await freeServicePorts(),
      env: env.env,
      // The development CMO (DEV_OFFICER_KEY) polls the queue, as under npm start.
      serviceEnv: { ...serviceEnv, 'compliance-tracker': { SEED_DEVELOPMENT_STAFF: 'true', ...serviceEnv['compliance-tracker'] } },
      stopGraceMs: 20_000,
      command: cpuProfileDir ? (name) => ({ cmd: process.execPath, args: ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`, main(name)] }) : undefined,
    },
  );
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'BENCH-FORCE'], { env: { ...process.env, ...env.env } });
  const apiKey = (JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { key: string }).key;
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return {
    env,
    stack,
    apiKey,
    db,
    pids: () => Object.fromEntries(Object.values(stack.services).flatMap((h) => (h?.process.pid ? [[h.name, h.process.pid]] : []))) as Record<ServiceName, number>,
    async stop() {
      await stack.stop().catch(() => undefined);
      await db.end().catch(() => undefined);
      await env.dispose().catch(() => undefined);
      await infra.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** VmRSS of a process in MB, or NaN when it is gone. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The pgbench shipped with the PostgreSQL binaries the stack runs on. */
export function pgbenchPath(): string {
  const found = execFileSync('bash', ['-c', 'ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -1']).toString().trim();
  if (!found) throw new Error('pgbench not found under /usr/lib/postgresql/*/bin (it ships with the postgresql package)');
  return found;
}
