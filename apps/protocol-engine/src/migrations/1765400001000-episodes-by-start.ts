import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The yearly figures count every episode (not only looked-after children's) by its start, and
 * the notifications by event time (applied_notifications_occurred already serves those).
 */
export class EpisodesByStart1765400001000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX episodes_start ON episodes ((COALESCE(missing_since, found_at))) WHERE withdrawn_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX episodes_start`);
  }
}
