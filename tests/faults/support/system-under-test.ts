import { createTestEnvironment, freeServicePorts, Services, startServices, TestEnvironment } from '@homeward/testing';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** The four built services on the run's infrastructure, with their own database and topics. */
export interface SystemUnderTest {
  env: TestEnvironment;
  stack: Services;
  apiKey: string;
  logDir: string;
  db: Client;
  stop(): Promise<void>;
}

export async function startSystem(extraEnv: Record<string, string> = {}): Promise<SystemUnderTest> {
  const env = await createTestEnvironment({ LOG_LEVEL: 'info', ...extraEnv });
  const logDir = mkdtempSync(join(tmpdir(), 'homeward-faults-'));
  const stack = await startServices(
    { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined },
    { logDir, ports: await freeServicePorts(), env: env.env, stopGraceMs: 15_000 },
  );
  const created = execFileSync(process.execPath, ['dist/apps/ingest-api/src/cli/keys.js', 'create', '--force', 'FAULT-FORCE'], {
    env: { ...process.env, ...env.env },
  });
  const apiKey = (JSON.parse(created.toString().trim().split('\n').pop() ?? '{}') as { key: string }).key;
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  return {
    env,
    stack,
    apiKey,
    logDir,
    db,
    async stop() {
      await stack.stop();
      await db.end();
      await env.dispose();
    },
  };
}
