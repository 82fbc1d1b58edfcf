import { createDeadLetterTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The undecided check: when a notification was last handed over again, and the periodic job's dead letters. */
export class UndecidedCheck1764900000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN redelivered_at timestamptz`);
    await runner.query(`CREATE INDEX notifications_undecided ON notifications (published_at) WHERE decided_at IS NULL`);
    await createDeadLetterTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE dead_letter`);
    await runner.query(`DROP INDEX notifications_undecided`);
    await runner.query(`ALTER TABLE notifications DROP COLUMN redelivered_at`);
  }
}
