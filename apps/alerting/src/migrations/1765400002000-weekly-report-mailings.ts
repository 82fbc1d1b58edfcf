import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly looked-after report's mailings: one row a week reported (a second firing, a restart
 * or another instance adds nothing), and its e-mails, each a delivery like an alert's, with the
 * same claim, retries and failure record. Nothing here names a child: a week and addresses.
 */
export class WeeklyReportMailings1765400002000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE weekly_report_mailings (
        week date PRIMARY KEY,
        due_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`
      ALTER TABLE deliveries
        ADD COLUMN weekly_report_week date REFERENCES weekly_report_mailings (week),
        DROP CONSTRAINT deliveries_one_subject,
        ADD CONSTRAINT deliveries_one_subject CHECK (num_nonnulls(alert_id, hand_over_notice_id, weekly_report_week) = 1)`);
    await runner.query(`CREATE UNIQUE INDEX deliveries_weekly_report ON deliveries (weekly_report_week, channel, target) WHERE weekly_report_week IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refuses (the check) while weekly report deliveries exist: they are the record of who was told.
    await runner.query(`DROP INDEX deliveries_weekly_report`);
    await runner.query(`
      ALTER TABLE deliveries
        DROP CONSTRAINT deliveries_one_subject,
        ADD CONSTRAINT deliveries_one_subject CHECK (num_nonnulls(alert_id, hand_over_notice_id) = 1),
        DROP COLUMN weekly_report_week`);
    await runner.query(`DROP TABLE weekly_report_mailings`);
  }
}
