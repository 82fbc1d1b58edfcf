import { MigrationInterface, QueryRunner } from 'typeorm';

/** Officers' leave and who covers it; `routed_at` is set once, when their tasks were handed over. */
export class OfficerLeave1764200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE officer_leave (
        id uuid PRIMARY KEY,
        officer_id uuid NOT NULL REFERENCES officers (id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        cover_officer_id uuid REFERENCES officers (id),
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        routed_at timestamptz,
        routed_tasks integer,
        CHECK (ends_at > starts_at),
        CHECK (cover_officer_id IS DISTINCT FROM officer_id)
      )`);
    await runner.query(`CREATE INDEX officer_leave_officer ON officer_leave (officer_id, starts_at)`);
    await runner.query(`CREATE INDEX officer_leave_unrouted ON officer_leave (starts_at) WHERE routed_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE officer_leave`);
  }
}
