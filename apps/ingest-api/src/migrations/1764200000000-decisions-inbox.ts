import { createInboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Ingest learns a notification was decided from protocol.decision-made.v1, through an inbox. */
export class DecisionsInbox1764200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN decided_at timestamptz, ADD COLUMN task_types text[]`);
    await createInboxTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox`);
    await runner.query(`ALTER TABLE notifications DROP COLUMN decided_at, DROP COLUMN task_types`);
  }
}
