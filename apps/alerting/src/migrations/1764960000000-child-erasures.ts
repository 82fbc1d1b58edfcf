import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's personal data erased (protocol-engine's protocol.child-erased.v1): which alerts were
 * erased and by which erasure, and the children erased, so an alert raised after the erasure
 * (a decision in flight) is raised already erased.
 */
export class ChildErasures1764960000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE alerts ADD COLUMN erased_at timestamptz, ADD COLUMN erasure_id uuid`);
    // The erasure finds a child's alerts by its id (and the feed filters by it).
    await runner.query(`CREATE INDEX alerts_child ON alerts (child_id)`);
    await runner.query(`
      CREATE TABLE child_erasures (
        child_id uuid PRIMARY KEY,
        erasure_id uuid NOT NULL,
        erased_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_erasures`);
    await runner.query(`DROP INDEX alerts_child`);
    await runner.query(`ALTER TABLE alerts DROP COLUMN erasure_id, DROP COLUMN erased_at`);
  }
}
