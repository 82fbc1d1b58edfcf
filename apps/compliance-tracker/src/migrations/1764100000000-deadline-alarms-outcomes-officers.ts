import { createDeadLetterTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Deadline steps (the alarm ledger), outcomes, and the officers who authenticate to the CMO API. */
export class DeadlineAlarmsOutcomesOfficers1764100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE tasks
        ADD COLUMN deadline_version integer NOT NULL DEFAULT 1,
        ADD COLUMN claimed_at timestamptz,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN outcome jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN outcome_summary text`);
    // One row per reminder/overdue/escalation of one deadline version; fired_at set once, in the
    // transaction that writes the event's outbox row, so a step can never be announced twice.
    await runner.query(`
      CREATE TABLE task_deadline_steps (
        task_id uuid NOT NULL REFERENCES tasks (id),
        deadline_version integer NOT NULL,
        step text NOT NULL,
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        result text,
        PRIMARY KEY (task_id, deadline_version, step)
      )`);
    await runner.query(`CREATE INDEX task_deadline_steps_unfired ON task_deadline_steps (due_at, task_id, step) WHERE fired_at IS NULL`);
    await runner.query(`
      CREATE TABLE officers (
        id uuid PRIMARY KEY,
        username text NOT NULL UNIQUE,
        role text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz
      )`);
    await createDeadLetterTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE dead_letter, officers, task_deadline_steps`);
    await runner.query(`ALTER TABLE tasks DROP COLUMN deadline_version, DROP COLUMN claimed_at, DROP COLUMN closed_at, DROP COLUMN outcome, DROP COLUMN outcome_summary`);
  }
}
