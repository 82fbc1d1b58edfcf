import { createInboxTable, createOutboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialProtocol1764000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE children (
        id uuid PRIMARY KEY,
        child_key text NOT NULL UNIQUE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date NOT NULL,
        gender text,
        local_authority_id text,
        first_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE episodes (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES children (id),
        force text NOT NULL,
        police_reference text NOT NULL,
        missing_since timestamptz,
        found_at timestamptz,
        risk_level text NOT NULL,
        risk_graded_at timestamptz NOT NULL,
        vulnerabilities text[] NOT NULL DEFAULT '{}',
        care_status text NOT NULL,
        responsible_authority text,
        missing_from text,
        requested_actions text[] NOT NULL DEFAULT '{}',
        UNIQUE (force, police_reference)
      )`);
    await runner.query(`CREATE INDEX episodes_child ON episodes (child_id)`);
    await runner.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        child_id uuid NOT NULL,
        episode_id uuid NOT NULL REFERENCES episodes (id),
        police_reference text NOT NULL,
        trigger text NOT NULL,
        protocol_version text NOT NULL,
        effective_risk text NOT NULL,
        required_actions jsonb NOT NULL,
        fired_rules jsonb NOT NULL,
        alerts text[] NOT NULL,
        supersedes jsonb NOT NULL,
        decided_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX decisions_police_reference ON decisions (police_reference, decided_at)`);
    await createInboxTable(runner);
    await createOutboxTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE outbox, inbox, decisions, episodes, children`);
  }
}
