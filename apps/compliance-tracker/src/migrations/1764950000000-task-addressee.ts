import { MigrationInterface, QueryRunner } from 'typeorm';

/** Work the protocol names someone for (the follow-up with the allocated worker) keeps who it went to and why. */
export class TaskAddressee1764950000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks ADD COLUMN addressed_to jsonb`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks DROP COLUMN addressed_to`);
  }
}
