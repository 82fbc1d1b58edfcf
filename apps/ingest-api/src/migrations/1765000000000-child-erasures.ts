import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's erasure (protocol.child-erased.v1) empties the stored bodies of the notifications
 * and placement notices about them: each row keeps its ids, force or sender, times, status and
 * hash (a police retry is still recognised, not taken for a new report), and names the erasure.
 */
export class ChildErasures1765000000000 implements MigrationInterface {
  name = 'ChildErasures1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE notifications ADD COLUMN erasure_id uuid`);
    await runner.query(`ALTER TABLE placement_notices ADD COLUMN body_purged_at timestamptz, ADD COLUMN erasure_id uuid`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE placement_notices DROP COLUMN body_purged_at, DROP COLUMN erasure_id`);
    await runner.query(`ALTER TABLE notifications DROP COLUMN erasure_id`);
  }
}
