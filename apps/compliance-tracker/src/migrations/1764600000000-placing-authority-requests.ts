import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The host's requests to a placing authority for its risk assessment and plan, on a task: who
 * was asked and when, each chase (set once, by its wake-up), the reply. `next_chase_at` is
 * the pending chase's due instant, null once replied or past the last chase.
 */
export class PlacingAuthorityRequests1764600000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE placing_authority_requests (
        id uuid PRIMARY KEY,
        task_id uuid NOT NULL REFERENCES tasks (id),
        placing_authority text NOT NULL,
        contact text NOT NULL,
        contact_email text,
        asked_at timestamptz NOT NULL,
        asked_by text NOT NULL,
        recorded_at timestamptz NOT NULL,
        next_chase_at timestamptz,
        reminded_at timestamptz,
        escalated_at timestamptz,
        reply_received_at timestamptz,
        reply_risk_assessment boolean,
        reply_risk_management_plan boolean,
        reply_recorded_by text,
        reply_recorded_at timestamptz
      )`);
    await runner.query(`CREATE INDEX placing_authority_requests_task ON placing_authority_requests (task_id, asked_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE placing_authority_requests`);
  }
}
