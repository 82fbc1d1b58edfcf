import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startLocalInfrastructure } from './local-stack';
import type { Infrastructure } from './local-stack';
import { dockerEngineAnswers, startContainerInfrastructure } from './containers';

/** Where the infrastructure came from: given URLs, Testcontainers, or local binaries. */
export type InfrastructureKind = 'env' | 'containers' | 'local';

export interface TestInfrastructure extends Infrastructure {
  kind: InfrastructureKind;
}

export const TEST_ENV = {
  databaseUrl: 'TEST_DATABASE_URL',
  redisUrl: 'TEST_REDIS_URL',
  kafkaBrokers: 'TEST_KAFKA_BROKERS',
  kind: 'TEST_INFRA_KIND',
} as const;

/** The infrastructure named in the environment, if all of it is; throws if only part is. */
export function infrastructureFromEnv(env: NodeJS.ProcessEnv = process.env): TestInfrastructure | undefined {
  const [db, redis, kafka] = [env[TEST_ENV.databaseUrl], env[TEST_ENV.redisUrl], env[TEST_ENV.kafkaBrokers]];
  if (!db && !redis && !kafka) return undefined;
  if (!db || !redis || !kafka) {
    throw new Error(`Set all of ${TEST_ENV.databaseUrl}, ${TEST_ENV.redisUrl} and ${TEST_ENV.kafkaBrokers}, or none`);
  }
  return {
    kind: (env[TEST_ENV.kind] as InfrastructureKind | undefined) ?? 'env',
    databaseUrl: db,
    redisUrl: redis,
    kafkaBrokers: kafka.split(',').map((b) => b.trim()).filter(Boolean),
    stop: async () => undefined, // not ours to stop
  };
}

/**
 * PostgreSQL, Redis and Kafka for tests, from the first source that works:
 * URLs in TEST_DATABASE_URL / TEST_REDIS_URL / TEST_KAFKA_BROKERS; Testcontainers if a
 * Docker engine answers; else local binaries (librdkafka mock broker) on free ports with
 * a temporary data dir that stop() removes.
 * With the mock broker, producers must use idempotent: false.
 */
export async function startTestInfrastructure(): Promise<TestInfrastructure> {
  const fromEnv = infrastructureFromEnv();
  if (fromEnv) return fromEnv;
  if (await dockerEngineAnswers()) return startContainerInfrastructure();

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-test-'));
  try {
    const local = await startLocalInfrastructure({ dataDir, durable: false });
    return {
      kind: 'local',
      databaseUrl: local.databaseUrl,
      redisUrl: local.redisUrl,
      kafkaBrokers: local.kafkaBrokers,
      async stop() {
        await local.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** Puts the infrastructure where test workers (child processes) will find it. */
export function exportToEnv(infra: TestInfrastructure, env: NodeJS.ProcessEnv = process.env): void {
  env[TEST_ENV.databaseUrl] = infra.databaseUrl;
  env[TEST_ENV.redisUrl] = infra.redisUrl;
  env[TEST_ENV.kafkaBrokers] = infra.kafkaBrokers.join(',');
  env[TEST_ENV.kind] = infra.kind;
}

/** In a test: the infrastructure globalSetup started (or the environment named). */
export function testInfrastructure(): TestInfrastructure {
  const infra = infrastructureFromEnv();
  if (!infra) throw new Error('No test infrastructure: run through jest (globalSetup) or set TEST_DATABASE_URL, TEST_REDIS_URL, TEST_KAFKA_BROKERS');
  return infra;
}
