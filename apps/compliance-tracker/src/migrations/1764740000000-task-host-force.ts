import { MigrationInterface, QueryRunner } from 'typeorm';

/** Work arranged in another area (our looked-after child reported missing there) names that area's force. */
export class TaskHostForce1764740000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks ADD COLUMN host_force text`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE tasks DROP COLUMN host_force`);
  }
}
