import { createDeadLetterTable } from '@homeward/platform';
import { DEFAULT_PROFILE } from '@homeward/protocol';
import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seeded version's id, fixed so every environment names the first protocol alike. */
export const SEEDED_VERSION_ID = '00000000-0000-4000-8000-000000000001';

/**
 * Protocol versions as data, the time-based rules' due instants, and each applied
 * notification's non-personal decision inputs (for what-if replay).
 * The default profile is copied into the table as it stands when this migration runs: from then
 * on the stored row is the record, and a changed profile is a new version through the admin API.
 */
export class VersionsTimersHistory1764100000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE protocol_versions (
        id uuid PRIMARY KEY,
        version text NOT NULL UNIQUE,
        profile jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'RETIRED')),
        effective_from timestamptz,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL,
        activated_by text,
        activated_at timestamptz,
        retired_at timestamptz,
        CHECK (status = 'DRAFT' OR (effective_from IS NOT NULL AND activated_by IS NOT NULL AND activated_at IS NOT NULL))
      )`);
    // Two versions in force from the same instant would make "the version at t" ambiguous.
    await runner.query(`CREATE UNIQUE INDEX protocol_versions_effective ON protocol_versions (effective_from) WHERE status <> 'DRAFT'`);
    await runner.query(
      `INSERT INTO protocol_versions (id, version, profile, status, effective_from, created_by, created_at, activated_by, activated_at)
       VALUES ($1, $2, $3, 'ACTIVE', '1970-01-01T00:00:00Z', 'system', now(), 'system', now())`,
      [SEEDED_VERSION_ID, DEFAULT_PROFILE.version, JSON.stringify(DEFAULT_PROFILE)],
    );

    await runner.query(`ALTER TABLE decisions ADD COLUMN protocol_version_id uuid REFERENCES protocol_versions (id)`);
    await runner.query(`UPDATE decisions SET protocol_version_id = $1`, [SEEDED_VERSION_ID]);
    await runner.query(`ALTER TABLE decisions ALTER COLUMN protocol_version_id SET NOT NULL`);
    // Append order: two decisions can share a decided_at (one clock tick, or a test clock).
    await runner.query(`ALTER TABLE decisions ADD COLUMN seq bigserial`);
    await runner.query(`CREATE INDEX decisions_reference_seq ON decisions (police_reference, seq)`);

    await runner.query(`
      CREATE TABLE episode_timers (
        id uuid PRIMARY KEY,
        episode_id uuid NOT NULL REFERENCES episodes (id),
        timer text NOT NULL,
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        decision_id uuid,
        UNIQUE (episode_id, timer)
      )`);
    await runner.query(`CREATE INDEX episode_timers_due ON episode_timers (due_at) WHERE fired_at IS NULL`);

    await runner.query(`
      CREATE TABLE applied_notifications (
        seq bigserial PRIMARY KEY,
        ingest_id text NOT NULL UNIQUE,
        notification_id text NOT NULL,
        child_id uuid NOT NULL REFERENCES children (id),
        episode_id uuid NOT NULL REFERENCES episodes (id),
        force text NOT NULL,
        police_reference text NOT NULL,
        type text NOT NULL,
        occurred_at timestamptz NOT NULL,
        risk_level text NOT NULL,
        care_status text NOT NULL,
        responsible_authority text,
        missing_from text,
        vulnerabilities text[] NOT NULL,
        decided_at timestamptz NOT NULL,
        decision_id uuid NOT NULL,
        protocol_version_id uuid NOT NULL REFERENCES protocol_versions (id)
      )`);
    await runner.query(`CREATE INDEX applied_notifications_occurred ON applied_notifications (occurred_at)`);
    await runner.query(`CREATE INDEX applied_notifications_child ON applied_notifications (child_id, seq)`);
    await createDeadLetterTable(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE dead_letter, applied_notifications, episode_timers`);
    await runner.query(`ALTER TABLE decisions DROP COLUMN protocol_version_id, DROP COLUMN seq`);
    await runner.query(`DROP TABLE protocol_versions`);
  }
}
