import { MigrationInterface, QueryRunner } from 'typeorm';

/** Records of one child merged in protocol-engine: the merged id's tasks are the survivor's. */
export class ChildMerges1764760000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE child_merges (
        merged_child_id uuid PRIMARY KEY,
        survivor_child_id uuid NOT NULL,
        merged_at timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE child_merges`);
  }
}
