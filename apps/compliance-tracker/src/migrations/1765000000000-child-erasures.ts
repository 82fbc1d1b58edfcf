import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's erasure (protocol.child-erased.v1): each erased task says when it was erased, and
 * every id the erasure named (the child and the records merged into it) is kept, so a decision
 * about the child still in flight makes its task already erased.
 */
export class ChildErasures1765000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks ADD COLUMN erased_at timestamptz`);
    await runner.query(`
      CREATE TABLE child_erasures (
        child_id uuid PRIMARY KEY,
        erasure_id uuid NOT NULL,
        received_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_erasures`);
    await runner.query(`ALTER TABLE tasks DROP COLUMN erased_at`);
  }
}
