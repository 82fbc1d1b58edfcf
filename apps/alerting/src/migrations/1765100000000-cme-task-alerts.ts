import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deadline alerts about CME tasks (compliance-tracker's tasks for a child missing education):
 * they have no child id, episode or police reference, only the CME case's reference.
 */
export class CmeTaskAlerts1765100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE alerts
        ADD COLUMN case_reference text,
        ALTER COLUMN child_id DROP NOT NULL,
        ALTER COLUMN episode_id DROP NOT NULL,
        ALTER COLUMN police_reference DROP NOT NULL`);
    await runner.query(`ALTER TABLE alerts ADD CONSTRAINT alerts_reference CHECK (police_reference IS NOT NULL OR case_reference IS NOT NULL)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Refuses (NOT NULL) while CME alerts exist: they are the record of who was told.
    await runner.query(`ALTER TABLE alerts DROP CONSTRAINT alerts_reference`);
    await runner.query(`
      ALTER TABLE alerts
        ALTER COLUMN child_id SET NOT NULL,
        ALTER COLUMN episode_id SET NOT NULL,
        ALTER COLUMN police_reference SET NOT NULL,
        DROP COLUMN case_reference`);
  }
}
