import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status endpoint reads when a notification was published from its own row, not from the
 * platform's outbox. Rows published before the upgrade take the relay's time, once, here.
 */
export class NotificationPublishedAt1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN published_at timestamptz`);
    await runner.query(
      `UPDATE notifications n SET published_at = o.processed_at FROM outbox o WHERE o.aggregate_id = n.id::text AND o.processed_at IS NOT NULL`,
    );
    // Only the status join used it; the relay reads outbox by id.
    await runner.query(`DROP INDEX outbox_aggregate`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX outbox_aggregate ON outbox (aggregate_id)`);
    await runner.query(`ALTER TABLE notifications DROP COLUMN published_at`);
  }
}
