import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerting's copy of compliance-tracker's staff directory and leave (kept from its events, never
 * read from its tables), and the officer each alert is addressed to by name.
 */
export class StaffDirectoryAndAddressees1764900000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE staff_directory (
        username text PRIMARY KEY,
        display_name text NOT NULL,
        role text NOT NULL,
        ladder_role text,
        disabled boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE staff_leave (
        leave_id uuid PRIMARY KEY,
        officer text NOT NULL,
        cover text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        cancelled boolean NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX staff_leave_in_force ON staff_leave (ends_at) WHERE NOT cancelled`);
    await runner.query(`ALTER TABLE alerts ADD COLUMN addressee jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE alerts DROP COLUMN addressee`);
    await runner.query(`DROP TABLE staff_leave`);
    await runner.query(`DROP TABLE staff_directory`);
  }
}
