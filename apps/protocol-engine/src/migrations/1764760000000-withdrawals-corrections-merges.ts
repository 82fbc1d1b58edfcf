import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Police withdrawals and corrections, and staff merges: a withdrawn episode is kept (shown as
 * withdrawn, counted nowhere); a merged child's row stays so its id and key still resolve, to the
 * survivor; corrections and merges are audited on the child.
 */
export class WithdrawalsCorrectionsMerges1764760000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE episodes ADD COLUMN withdrawn_at timestamptz, ADD COLUMN withdrawn_reason text`);
    await runner.query(`ALTER TABLE children ADD COLUMN merged_into uuid REFERENCES children (id), ADD COLUMN merged_at timestamptz`);
    await runner.query(`CREATE INDEX children_merged_into ON children (merged_into) WHERE merged_into IS NOT NULL`);
    await runner.query(`
      CREATE TABLE child_changes (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES children (id),
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        detail jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX child_changes_child ON child_changes (child_id, at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_changes`);
    await runner.query(`ALTER TABLE children DROP COLUMN merged_into, DROP COLUMN merged_at`);
    await runner.query(`ALTER TABLE episodes DROP COLUMN withdrawn_at, DROP COLUMN withdrawn_reason`);
  }
}
