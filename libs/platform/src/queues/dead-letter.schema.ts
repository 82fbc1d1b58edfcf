import type { QueryRunner } from 'typeorm';

/** Called from the migration of each app that runs BullMQ workers: exhausted jobs are kept here. */
export async function createDeadLetterTable(runner: QueryRunner): Promise<void> {
  await runner.query(`
    CREATE TABLE dead_letter (
      id bigserial PRIMARY KEY,
      queue text NOT NULL,
      job_id text NOT NULL,
      job_name text NOT NULL,
      data jsonb NOT NULL,
      attempts integer NOT NULL,
      reason text NOT NULL,
      failed_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (queue, job_id)
    )`);
}
