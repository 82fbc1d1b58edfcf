import { MigrationInterface, QueryRunner } from 'typeorm';

/** When a notification's body went under the retention schedule (the row and its hash stay). */
export class NotificationBodyRetention1764910000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN body_purged_at timestamptz`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications DROP COLUMN body_purged_at`);
  }
}
