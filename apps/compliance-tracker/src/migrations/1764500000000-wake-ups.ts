import { createWakeUpTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline steps and leave starts wake up through the platform's wake_ups rows. Pending work
 * comes across: each unfired step of an open task's current deadline (kind `deadline-<step>`,
 * the task, its deadline version) and each leave not yet handed over nor cancelled (kind
 * `leave-start`, the leave, its start in ms); ones already due fire at the first sweep.
 */
export class WakeUps1764500000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createWakeUpTable(runner);
    await runner.query(`
      INSERT INTO wake_ups (kind, subject_id, version, due_at)
      SELECT 'deadline-' || s.step, s.task_id::text, s.deadline_version, s.due_at
        FROM task_deadline_steps s JOIN tasks t ON t.id = s.task_id AND t.deadline_version = s.deadline_version
       WHERE s.fired_at IS NULL AND t.status IN ('OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED')`);
    await runner.query(`
      INSERT INTO wake_ups (kind, subject_id, version, due_at)
      SELECT 'leave-start', id::text, floor(extract(epoch FROM starts_at) * 1000)::bigint, starts_at
        FROM officer_leave WHERE routed_at IS NULL AND cancelled_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE wake_ups`);
  }
}
