import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each task keeps the protocol's reminder and escalation intervals for its type (null: the
 * configured defaults). Managers on the escalation ladder: the team manager and the service
 * manager, one active officer each, so an escalation names a person.
 */
export class AlarmLaddersAndEscalationContacts1764900000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks ADD COLUMN alarm_ladder jsonb`);
    await runner.query(`ALTER TABLE officers ADD COLUMN ladder_role text CHECK (ladder_role IN ('TEAM_MANAGER', 'SERVICE_MANAGER'))`);
    await runner.query(`CREATE UNIQUE INDEX officers_ladder_role ON officers (ladder_role) WHERE ladder_role IS NOT NULL AND disabled_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX officers_ladder_role`);
    await runner.query(`ALTER TABLE officers DROP COLUMN ladder_role`);
    await runner.query(`ALTER TABLE tasks DROP COLUMN alarm_ladder`);
  }
}
