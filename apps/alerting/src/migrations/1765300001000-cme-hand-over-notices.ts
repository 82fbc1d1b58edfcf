import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-over notices: a CME case handed over to the LA the child moved to, whose CME mailbox is
 * told by e-mail. One notice a case (a redelivered or republished hand-over sends nothing more);
 * its e-mail is a delivery like an alert's, with the same claim, retries and failure record.
 * Nothing here names a child: the case reference and the two LAs' contacts only.
 */
export class CmeHandOverNotices1765300001000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE cme_hand_over_notices (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL UNIQUE,
        case_reference text NOT NULL,
        to_authority_code text NOT NULL,
        to_authority_name text NOT NULL,
        to_mailbox text NOT NULL,
        from_authority_name text NOT NULL,
        from_mailbox text NOT NULL,
        handed_over_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(`
      ALTER TABLE deliveries
        ALTER COLUMN alert_id DROP NOT NULL,
        ADD COLUMN hand_over_notice_id uuid REFERENCES cme_hand_over_notices (id),
        ADD CONSTRAINT deliveries_one_subject CHECK (num_nonnulls(alert_id, hand_over_notice_id) = 1)`);
    await runner.query(`CREATE UNIQUE INDEX deliveries_hand_over_notice ON deliveries (hand_over_notice_id, channel, target) WHERE hand_over_notice_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refuses (NOT NULL) while hand-over deliveries exist: they are the record of who was told.
    await runner.query(`DROP INDEX deliveries_hand_over_notice`);
    await runner.query(`ALTER TABLE deliveries DROP CONSTRAINT deliveries_one_subject, DROP COLUMN hand_over_notice_id, ALTER COLUMN alert_id SET NOT NULL`);
    await runner.query(`DROP TABLE cme_hand_over_notices`);
  }
}
