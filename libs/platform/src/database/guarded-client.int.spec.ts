import { createTestEnvironment, TestEnvironment, waitFor } from '@homeward/testing';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { dataSourceOptions } from './data-source-options';

describe('a service whose PostgreSQL connection is ended by the server', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;

  beforeAll(async () => {
    env = await createTestEnvironment();
    const config = { databaseUrl: env.databaseUrl, databasePoolSize: 4 } as Parameters<typeof dataSourceOptions>[0];
    dataSource = await new DataSource(dataSourceOptions(config, { schema: 'public', entities: [], migrations: [] }, 'guarded-client-spec')).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await env?.dispose();
  });

  it('given a connection held between queries is terminated, then the process lives on and the next query gets a fresh connection', async () => {
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    const held: PoolClient = await pool.connect();
    const pid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const ended = new Promise((resolve) => held.once('end', resolve));
    // The server ends the connection while no query runs on it: the moment nobody else listens.
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await ended;
    held.release(true);
    await waitFor(async () => ((await dataSource.query('SELECT 1 AS one'))[0].one === 1 ? true : undefined), { description: 'a query after the loss' });
    await expect(dataSource.query('SELECT pg_backend_pid() AS pid')).resolves.not.toEqual([{ pid }]);
  });
});
