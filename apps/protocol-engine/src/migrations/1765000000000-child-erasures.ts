import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasing one child's personal data (issue 16): the child row keeps its id and loses names, date
 * of birth, gender, LA id and its recognising key; each episode keeps the child's age at its start
 * (what the counts need once the date of birth is gone); a placement notice loses the carer's
 * name; each erasure is audited in child_erasures, with ids and counts only.
 */
export class ChildErasures1765000000000 implements MigrationInterface {
  name = 'ChildErasures1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE children
        ALTER COLUMN given_name DROP NOT NULL,
        ALTER COLUMN family_name DROP NOT NULL,
        ALTER COLUMN date_of_birth DROP NOT NULL,
        ADD COLUMN erased_at timestamptz`);
    await runner.query(`ALTER TABLE episodes ADD COLUMN child_age_at_start smallint`);
    await runner.query(`ALTER TABLE placement_notices ALTER COLUMN provider_name DROP NOT NULL`);
    await runner.query(`
      CREATE TABLE child_erasures (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL UNIQUE REFERENCES children (id),
        merged_child_ids uuid[] NOT NULL,
        erased_at timestamptz NOT NULL,
        requested_by text NOT NULL,
        reason text NOT NULL,
        counts jsonb NOT NULL
      )`);
    await runner.query(`CREATE INDEX child_erasures_erased_at ON child_erasures (erased_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_erasures`);
    await runner.query(`ALTER TABLE episodes DROP COLUMN child_age_at_start`);
    // An erased record cannot be given its details back: down only works before any erasure.
    await runner.query(`ALTER TABLE placement_notices ALTER COLUMN provider_name SET NOT NULL`);
    await runner.query(`ALTER TABLE children DROP COLUMN erased_at, ALTER COLUMN given_name SET NOT NULL, ALTER COLUMN family_name SET NOT NULL, ALTER COLUMN date_of_birth SET NOT NULL`);
  }
}
