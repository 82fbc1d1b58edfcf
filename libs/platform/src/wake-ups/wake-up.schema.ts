import type { QueryRunner } from 'typeorm';

/** Called from the migration of each app that schedules wake-ups: one table shape everywhere. */
export async function createWakeUpTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE wake_ups (
      kind text NOT NULL,
      subject_id text NOT NULL,
      version bigint NOT NULL DEFAULT 0,
      due_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (kind, subject_id, version)
    )`);
  await runner.query(`CREATE INDEX wake_ups_by_due ON wake_ups (due_at, kind, subject_id, version)`);
}
