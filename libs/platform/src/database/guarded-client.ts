import { Client } from 'pg';

/**
 * The pool's PostgreSQL connection, with an error listener for its whole life. The pool listens
 * only while a connection is idle, and TypeORM only while its query runner holds it; a server
 * going away in between (a restart, `pg_terminate_backend`) made node-postgres emit an 'error'
 * nobody heard, and that ended the service. Unheard now: the next query on the connection fails
 * and is retried as any failed query is, and the pool replaces it.
 */
export class GuardedClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on('error', () => undefined);
  }
}
