import { createInboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's personal data erased (protocol-engine's protocol.child-erased.v1): the inbox for
 * that consumer, when each case was erased and by which erasure, and a case still open when the
 * erasure came, kept until it closes (the s436A duty outlasts the request), then erased.
 */
export class ChildErasures1765300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createInboxTable(runner);
    await runner.query(`ALTER TABLE cme_cases ADD COLUMN erased_at timestamptz, ADD COLUMN erasure_id uuid, ADD COLUMN erase_on_close uuid`);
    await runner.query(`CREATE INDEX cme_cases_child ON cme_cases (child_key)`);
    await runner.query(`CREATE INDEX agency_referrals_child ON agency_referrals (child_key)`);
    await runner.query(`
      CREATE TABLE child_erasures (
        erasure_id uuid PRIMARY KEY,
        received_at timestamptz NOT NULL,
        cases_erased int NOT NULL,
        cases_kept_open int NOT NULL,
        returns_erased int NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_erasures, inbox`);
    await runner.query(`DROP INDEX agency_referrals_child, cme_cases_child`);
    await runner.query(`ALTER TABLE cme_cases DROP COLUMN erase_on_close, DROP COLUMN erasure_id, DROP COLUMN erased_at`);
  }
}
