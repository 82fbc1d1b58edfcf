import type { QueryRunner } from 'typeorm';

/** Called from each app's own migration: one outbox table shape everywhere. */
export async function createOutboxTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      message_id uuid NOT NULL UNIQUE,
      aggregate_type text NOT NULL,
      aggregate_id text NOT NULL,
      topic text NOT NULL,
      message_key text NOT NULL,
      payload jsonb NOT NULL,
      headers jsonb NOT NULL DEFAULT '{}',
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      processed_at timestamptz,
      abandoned_at timestamptz
    )`);
  await runner.query(`CREATE INDEX outbox_pending ON outbox (id) WHERE processed_at IS NULL AND abandoned_at IS NULL`);
}
