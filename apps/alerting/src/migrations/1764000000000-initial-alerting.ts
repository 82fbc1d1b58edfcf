import { createInboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialAlerting1764000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE alerts (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        source_event_id uuid NOT NULL,
        child_id uuid NOT NULL,
        episode_id uuid NOT NULL,
        police_reference text NOT NULL,
        risk_level text,
        summary text NOT NULL,
        raised_at timestamptz NOT NULL,
        acknowledged_at timestamptz,
        acknowledged_by text,
        UNIQUE (source_event_id, kind, recipient)
      )`);
    await runner.query(`CREATE INDEX alerts_feed ON alerts (raised_at DESC)`);
    await runner.query(`CREATE INDEX alerts_police_reference ON alerts (police_reference)`);
    await createInboxTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE inbox, alerts`);
  }
}
