import { DataSource } from 'typeorm';

/**
 * Runs one app's pending migrations on its own schema. Replicas starting together take a
 * Postgres advisory lock first, so exactly one of them migrates and the others wait.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`homeward-migrations:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`homeward-migrations:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}
