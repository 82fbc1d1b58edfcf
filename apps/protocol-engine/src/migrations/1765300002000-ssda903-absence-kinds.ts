import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SSDA903 Missing return (issue 15): staff's M/A choice per episode, append-only (the latest
 * row is the choice, the earlier ones its history); and REPORT as a purpose of a child record view.
 */
export class Ssda903AbsenceKinds1765300002000 implements MigrationInterface {
  name = 'Ssda903AbsenceKinds1765300002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ssda903_absence_kinds (
        seq bigserial PRIMARY KEY,
        episode_id uuid NOT NULL REFERENCES episodes (id),
        kind text NOT NULL CHECK (kind IN ('M', 'A')),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX ssda903_absence_kinds_latest ON ssda903_absence_kinds (episode_id, seq DESC)`);
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT child_record_views_purpose_check`);
    await runner.query(
      `ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST', 'DECISIONS', 'EPISODES', 'CHANGES', 'REPORT'))`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM child_record_views WHERE purpose = 'REPORT'`);
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT child_record_views_purpose_check`);
    await runner.query(
      `ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST', 'DECISIONS', 'EPISODES', 'CHANGES'))`,
    );
    await runner.query(`DROP TABLE ssda903_absence_kinds`);
  }
}
