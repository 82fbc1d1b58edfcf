import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys get a scope (a placing authority's key posts placement notices only), and placement
 * notices are accepted like notifications: the record and its outbox event in one transaction,
 * once per sender's notice id.
 */
export class ApiKeyScopesPlacementNotices1764740000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE api_keys ADD COLUMN scope text NOT NULL DEFAULT 'POLICE_NOTIFICATIONS' CHECK (scope IN ('POLICE_NOTIFICATIONS', 'PLACEMENT_NOTICES'))`);
    await runner.query(`
      CREATE TABLE placement_notices (
        id uuid PRIMARY KEY,
        sender text NOT NULL,
        notice_id text NOT NULL,
        body_hash text NOT NULL,
        body jsonb NOT NULL,
        correlation_id text NOT NULL,
        received_at timestamptz NOT NULL,
        UNIQUE (sender, notice_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE placement_notices`);
    await runner.query(`ALTER TABLE api_keys DROP COLUMN scope`);
  }
}
