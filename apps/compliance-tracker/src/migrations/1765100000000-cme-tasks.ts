import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CME work in the CMO's queue: a task's subject is a missing episode (from a protocol decision)
 * or a CME case (from education-referrals). A CME task has no decision, child id, episode or
 * police reference; it has its case's id and reference and the child's keyed hash, which keys
 * its events as education-referrals keys the case's. Its deadline is given, not reckoned here
 * (education-referrals counts school days on its own term dates): deadline_rule is null and
 * anchor_at is when the work was asked for.
 */
export class CmeTasks1765100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE tasks
        ADD COLUMN subject_kind text NOT NULL DEFAULT 'MISSING_EPISODE' CHECK (subject_kind IN ('MISSING_EPISODE', 'CME_CASE')),
        ADD COLUMN cme_case_id uuid,
        ADD COLUMN case_reference text,
        ADD COLUMN child_key text,
        ALTER COLUMN decision_id DROP NOT NULL,
        ALTER COLUMN child_id DROP NOT NULL,
        ALTER COLUMN episode_id DROP NOT NULL,
        ALTER COLUMN police_reference DROP NOT NULL,
        ALTER COLUMN deadline_rule DROP NOT NULL`);
    await runner.query(`
      ALTER TABLE tasks ADD CONSTRAINT tasks_subject_complete CHECK (
        (subject_kind = 'MISSING_EPISODE' AND decision_id IS NOT NULL AND child_id IS NOT NULL AND episode_id IS NOT NULL AND police_reference IS NOT NULL AND deadline_rule IS NOT NULL)
        OR (subject_kind = 'CME_CASE' AND cme_case_id IS NOT NULL AND case_reference IS NOT NULL AND child_key IS NOT NULL))`);
    // The case closing finds its open tasks by case.
    await runner.query(`CREATE INDEX tasks_cme_case ON tasks (cme_case_id) WHERE cme_case_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refuses (NOT NULL) while CME tasks exist: their history is the record, and is not ours to drop here.
    await runner.query(`DROP INDEX tasks_cme_case`);
    await runner.query(`ALTER TABLE tasks DROP CONSTRAINT tasks_subject_complete`);
    await runner.query(`
      ALTER TABLE tasks
        ALTER COLUMN decision_id SET NOT NULL,
        ALTER COLUMN child_id SET NOT NULL,
        ALTER COLUMN episode_id SET NOT NULL,
        ALTER COLUMN police_reference SET NOT NULL,
        ALTER COLUMN deadline_rule SET NOT NULL,
        DROP COLUMN child_key,
        DROP COLUMN case_reference,
        DROP COLUMN cme_case_id,
        DROP COLUMN subject_kind`);
  }
}
