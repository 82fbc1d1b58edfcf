import { createOutboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialIngest1764000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        force text NOT NULL,
        notification_id text NOT NULL,
        type text NOT NULL,
        body_hash text NOT NULL,
        body jsonb NOT NULL,
        correlation_id text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (force, notification_id)
      )`);
    await runner.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        force text NOT NULL,
        label text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await createOutboxTable(runner);
    await runner.query(`CREATE INDEX outbox_aggregate ON outbox (aggregate_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE outbox, api_keys, notifications`);
  }
}
