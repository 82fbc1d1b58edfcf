import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { ServiceConfig } from '../config';
import { GuardedClient } from './guarded-client';

export interface DatabaseDefinition {
  /** The app's own Postgres schema: no app reads another's tables. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
}

export function dataSourceOptions(config: ServiceConfig, db: DatabaseDefinition, applicationName: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    schema: db.schema,
    entities: db.entities,
    migrations: db.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    applicationName,
    // search_path makes the app's raw SQL and migrations land in its own schema.
    extra: { Client: GuardedClient, options: `-c search_path=${db.schema}`, max: config.databasePoolSize, connectionTimeoutMillis: 5_000, statement_timeout: 30_000 },
  };
}
