import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly looked-after report reads episodes missing at any time in a week: started before its
 * end, and still open or found since its start. Partial indexes on the looked-after, not withdrawn
 * episodes serve both edges (the care-status filter alone would read every child's history).
 */
export class LookedAfterEpisodesByWeek1765400000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX episodes_looked_after_start ON episodes ((COALESCE(missing_since, found_at))) WHERE care_status = 'LOOKED_AFTER' AND withdrawn_at IS NULL`);
    await runner.query(`CREATE INDEX episodes_looked_after_found ON episodes (found_at) WHERE care_status = 'LOOKED_AFTER' AND withdrawn_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX episodes_looked_after_found, episodes_looked_after_start`);
  }
}
