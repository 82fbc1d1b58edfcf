import { createWakeUpTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Escalation checks and deliveries become platform wake-ups. What the old delayed jobs and
 * sweep still owed is copied in, so pending work crosses the upgrade.
 */
export class WakeUps1764400000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createWakeUpTable(runner);
    await runner.query(`
      INSERT INTO wake_ups (kind, subject_id, due_at)
      SELECT 'alert-escalation', id::text, escalate_at FROM alerts
       WHERE escalate_at IS NOT NULL AND escalated_at IS NULL AND acknowledged_at IS NULL`);
    // A feed alert is delivered by its commit: one an older version left waiting is delivered, not a job.
    await runner.query(`UPDATE deliveries SET status = 'SENT', sent_at = created_at WHERE channel = 'FEED' AND status IN ('PENDING', 'SENDING')`);
    await runner.query(`
      INSERT INTO wake_ups (kind, subject_id, due_at)
      SELECT 'alert-delivery', id::text, created_at FROM deliveries WHERE status IN ('PENDING', 'SENDING')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE wake_ups`);
  }
}
