import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placement notices, matched to the child: a placed-in child with one on record is not "placed without notice"; each decision keeps the notice it saw. */
export class PlacementNotices1764740000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE placement_notices (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        sender text NOT NULL,
        notice_id text NOT NULL,
        placing_authority text NOT NULL,
        placement_start date NOT NULL,
        placement_end date,
        provider_name text NOT NULL,
        provider_kind text NOT NULL,
        risk_assessment_provided boolean NOT NULL,
        risk_management_plan_provided boolean NOT NULL,
        received_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (sender, notice_id),
        CHECK (placement_end IS NULL OR placement_end >= placement_start)
      )`);
    await runner.query(`CREATE INDEX placement_notices_child ON placement_notices (child_id)`);
    // The notice a decision found on record (references only): shown with the decision.
    await runner.query(`ALTER TABLE decisions ADD COLUMN placement_notice jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE decisions DROP COLUMN placement_notice`);
    await runner.query(`DROP TABLE placement_notices`);
  }
}
