import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Our looked-after child reported missing by another area's force: the host authority is told.
 * A subscription may name the force whose area a host contact answers for; the default routing
 * puts the alert in the CMO's and the (unfiltered) host contact's feeds.
 */
export class HostAuthorityRouting1764740000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE subscriptions ADD COLUMN force text`);
    for (const role of ['CHILDREN_MISSING_OFFICER', 'HOST_AUTHORITY_CONTACT']) {
      await runner.query(`INSERT INTO subscriptions (kind, recipient_type, recipient, channels) VALUES ('OUR_CHILD_MISSING_ELSEWHERE', 'ROLE', $1, '[{"type":"FEED"}]')`, [role]);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM subscriptions WHERE kind = 'OUR_CHILD_MISSING_ELSEWHERE'`);
    await runner.query(`ALTER TABLE subscriptions DROP COLUMN force`);
  }
}
