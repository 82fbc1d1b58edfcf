import './register-aliases';
import { exportToEnv, startTestInfrastructure, TestInfrastructure } from '../infrastructure';

/**
 * Starts PostgreSQL, Redis and Kafka once per Jest run. Workers are forked after this
 * and inherit process.env, which is how they learn the URLs (TEST_DATABASE_URL etc.).
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const infra = await startTestInfrastructure();
  exportToEnv(infra);
  // globalTeardown runs in this same process and finds it here.
  (globalThis as { __HOMEWARD_TEST_INFRA__?: TestInfrastructure }).__HOMEWARD_TEST_INFRA__ = infra;
  // Jest skips globalTeardown when interrupted; without this, Ctrl-C would leave a
  // PostgreSQL cluster and a Redis running on a temp dir.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void infra.stop().finally(() => process.exit(130));
    });
  }
  if (infra.kind !== 'env') {
    process.stderr.write(`\ntest infrastructure (${infra.kind}) up in ${Date.now() - started} ms: ${infra.databaseUrl} ${infra.redisUrl} kafka ${infra.kafkaBrokers.join(',')}\n`);
  }
}
