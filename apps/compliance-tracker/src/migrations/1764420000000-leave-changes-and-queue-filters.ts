import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leave can be changed and cancelled (kept, marked cancelled), each step in its own audit
 * trail; the tasks a leave moved are found from task history by leave id; the queue filters
 * by child and by who holds the work.
 */
export class LeaveChangesAndQueueFilters1764420000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE officer_leave ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancelled_by text`);
    await runner.query(`
      CREATE TABLE officer_leave_audit (
        id bigserial PRIMARY KEY,
        leave_id uuid NOT NULL REFERENCES officer_leave (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await runner.query(`CREATE INDEX officer_leave_audit_leave ON officer_leave_audit (leave_id, id)`);
    await runner.query(`CREATE INDEX task_history_leave ON task_history ((detail->>'leaveId')) WHERE detail ? 'leaveId'`);
    await runner.query(`CREATE INDEX tasks_child ON tasks (child_id, due_at)`);
    await runner.query(`CREATE INDEX tasks_assignee ON tasks (assignee, due_at) WHERE assignee IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX tasks_assignee, tasks_child, task_history_leave`);
    await runner.query(`DROP TABLE officer_leave_audit`);
    await runner.query(`ALTER TABLE officer_leave DROP COLUMN cancelled_at, DROP COLUMN cancelled_by`);
  }
}
