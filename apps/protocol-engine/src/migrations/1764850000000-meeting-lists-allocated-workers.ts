import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13: the meeting lists the protocol puts children on (who, which list, since, why, until,
 * and when and why they left), each child's allocated worker with its audit trail, and on each
 * decision the police grading, the rules that raised the effective risk and the allocated worker.
 */
export class MeetingListsAllocatedWorkers1764850000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE meeting_list_entries (
        id uuid PRIMARY KEY,
        list text NOT NULL CHECK (list IN ('MONTHLY_MEETING', 'CSE_MEETING')),
        child_id uuid NOT NULL REFERENCES children (id),
        since timestamptz NOT NULL,
        rule_id text NOT NULL,
        reason text NOT NULL,
        decision_id uuid NOT NULL,
        police_reference text NOT NULL,
        latest_decision_id uuid NOT NULL,
        until timestamptz,
        until_reason text NOT NULL,
        left_at timestamptz,
        left_reason text,
        left_note text,
        left_by text
      )`);
    // One current entry per child and list; past entries stay as the list's history.
    await runner.query(`CREATE UNIQUE INDEX meeting_list_entries_current ON meeting_list_entries (list, child_id) WHERE left_at IS NULL`);
    await runner.query(`CREATE INDEX meeting_list_entries_child ON meeting_list_entries (child_id, since)`);
    await runner.query(`
      CREATE TABLE allocated_workers (
        child_id uuid PRIMARY KEY REFERENCES children (id),
        staff_id text NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE allocated_worker_history (
        id bigserial PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES children (id),
        staff_id text,
        previous_staff_id text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX allocated_worker_history_child ON allocated_worker_history (child_id, id)`);
    await runner.query(`
      ALTER TABLE decisions
        ADD COLUMN police_risk text,
        ADD COLUMN risk_raised_by jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN allocated_worker text`);
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT IF EXISTS child_record_views_purpose_check`);
    await runner.query(`ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK', 'MEETING_LIST'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE child_record_views DROP CONSTRAINT child_record_views_purpose_check`);
    await runner.query(`ALTER TABLE child_record_views ADD CONSTRAINT child_record_views_purpose_check CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK'))`);
    await runner.query(`ALTER TABLE decisions DROP COLUMN police_risk, DROP COLUMN risk_raised_by, DROP COLUMN allocated_worker`);
    await runner.query(`DROP TABLE allocated_worker_history, allocated_workers, meeting_list_entries`);
  }
}
