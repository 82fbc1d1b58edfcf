import { createTestDatabase, createTestEnvironment, freeServicePorts, Infrastructure, ServiceName, Services, startServices, TestEnvironment } from '@homeward/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

/** The four built services on the run's infrastructure, with their own database and topics. */
export interface SystemUnderTest {
  env: TestEnvironment;
  stack: Services;
  apiKey: string;
  logDir: string;
  db: Client;
  /** A new `db` connection, after a test stopped and started PostgreSQL. */
  reconnectDb(): Promise<void>;
  /** More instances of some services (same env, so the same consumer groups), on free ports. */
  startReplicas(names: readonly ServiceName[]): Promise<Services>;
  stop(): Promise<void>;
}

/**
 * A test environment (database, topic and queue prefixes) on the run's shared infrastructure,
 * or on `own` infrastructure a test may stop and start (a fresh database on its server).
 * On `own`, `env.publish` still reaches the shared broker: tests that publish use the shared one.
 */
async function environmentOn(own: Infrastructure | undefined, extraEnv: Record<string, string>): Promise<TestEnvironment> {
  const env = await createTestEnvironment({ LOG_LEVEL: 'info', ...extraEnv });
  if (!own) return env;
  const databaseUrl = await createTestDatabase(own.databaseUrl);
  return {
    ...env,
    databaseUrl,
    redisUrl: own.redisUrl,
    kafkaBrokers: own.kafkaBrokers,
    env: { ...env.env, DATABASE_URL: databaseUrl, REDIS_URL: own.redisUrl, KAFKA_BROKERS: own.kafkaBrokers.join(','), ...extraEnv },
  };
}

/**
 * Every fault run's settings. Nobody acknowledges alerts in a fault run, so a high-risk alert
 * escalates (team manager, then DCS) after the acknowledgement timeout. At its 15-minute default
 * that rule raced wall time: a run longer than 15 minutes had escalations a shorter one did not.
 * At one second every run has all of them, and escalation wake-ups are exercised under the faults.
 */
const FAULT_RUN_ENV = { HIGH_RISK_ACK_TIMEOUT_SECONDS: '1', WAKE_UP_SWEEP_INTERVAL_MS: '1000' };

export async function startSystem(extraEnv: Record<string, string> = {}, own?: Infrastructure): Promise<SystemUnderTest> {
  const env = await environmentOn(own, { ...FAULT_RUN_ENV, ...extraEnv });
  const logDir = mkdtempSync(join(tmpdir(), 'homeward-faults-'));
  const infra: Infrastructure = { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined };
  const launch = async (only?: readonly ServiceName[]) =>
    startServices(infra, { logDir, ports: await freeServicePorts(), env: env.env, only, stopGraceMs: 15_000 });
  const stack = await launch();
  // Asynchronously: a blocked event loop would keep stale keep-alive sockets in fetch's pool.
  const { stdout } = await promisify(execFile)(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'FAULT-FORCE'], {
    env: { ...process.env, ...env.env },
  });
  const apiKey = (JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { key: string }).key;
  const connect = async () => {
    const client = new Client({ connectionString: env.databaseUrl });
    // A test that stops PostgreSQL reconnects itself; the lost connection must not crash the run.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  const replicas: Services[] = [];
  const sut: SystemUnderTest = {
    env,
    stack,
    apiKey,
    logDir,
    db: await connect(),
    async reconnectDb() {
      await sut.db.end().catch(() => undefined);
      sut.db = await connect();
    },
    async startReplicas(names) {
      const started = await launch(names);
      replicas.push(started);
      return started;
    },
    async stop() {
      await Promise.all([stack, ...replicas].map((s) => s.stop()));
      await sut.db.end().catch(() => undefined);
      await env.dispose();
    },
  };
  return sut;
}
