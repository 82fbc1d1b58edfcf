import { createOutboxTable } from '@homeward/platform';
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialEducation1765200000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE schools (
        urn text PRIMARY KEY,
        name text NOT NULL,
        registered_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE school_keys (
        id uuid PRIMARY KEY,
        urn text NOT NULL REFERENCES schools (urn),
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE cme_cases (
        id uuid PRIMARY KEY,
        reference text NOT NULL UNIQUE,
        child_key text NOT NULL,
        upn text,
        status text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
        source text NOT NULL,
        school_urn text,
        pupil jsonb NOT NULL,
        first_day_missing date NOT NULL,
        absence_start date,
        requested_tasks text[] NOT NULL,
        opened_at timestamptz NOT NULL,
        outcome text,
        outcome_details jsonb,
        resolved_on date,
        closed_at timestamptz,
        school_days_missing int
      )`);
    // One open case per child: a second referral joins it.
    await runner.query(`CREATE UNIQUE INDEX cme_cases_open_child ON cme_cases (child_key) WHERE status = 'OPEN'`);
    await runner.query(`CREATE INDEX cme_cases_open_upn ON cme_cases (upn) WHERE status = 'OPEN' AND upn IS NOT NULL`);
    await runner.query(`CREATE SEQUENCE cme_case_numbers`);
    await runner.query(`
      CREATE TABLE school_returns (
        id uuid PRIMARY KEY,
        urn text NOT NULL REFERENCES schools (urn),
        kind text NOT NULL CHECK (kind IN ('DELETION', 'ADMISSION', 'ABSENCE', 'SICKNESS')),
        return_id text NOT NULL,
        body_hash text NOT NULL,
        body jsonb NOT NULL,
        child_key text NOT NULL,
        case_id uuid REFERENCES cme_cases (id),
        late boolean NOT NULL,
        correlation_id text NOT NULL,
        received_at timestamptz NOT NULL,
        UNIQUE (urn, kind, return_id)
      )`);
    await runner.query(`CREATE INDEX school_returns_case ON school_returns (case_id)`);
    await runner.query(`
      CREATE TABLE agency_referrals (
        id uuid PRIMARY KEY,
        referral_id uuid NOT NULL UNIQUE,
        source text NOT NULL,
        body_hash text NOT NULL,
        body jsonb NOT NULL,
        child_key text NOT NULL,
        case_id uuid NOT NULL REFERENCES cme_cases (id),
        recorded_by text NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE case_enquiries (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES cme_cases (id),
        enquiry text NOT NULL,
        made_on date NOT NULL,
        result text NOT NULL CHECK (result IN ('FOUND', 'NOT_FOUND', 'NO_RESPONSE')),
        note text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX case_enquiries_case ON case_enquiries (case_id, made_on)`);
    await runner.query(`
      CREATE TABLE case_views (
        staff_id text NOT NULL,
        case_id uuid NOT NULL REFERENCES cme_cases (id),
        viewed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX case_views_case ON case_views (case_id, viewed_at DESC)`);
    // The register of children not in school names children with no case (home educated): recorded by the keyed hash.
    await runner.query(`
      CREATE TABLE register_views (
        staff_id text NOT NULL,
        child_key text NOT NULL,
        viewed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX school_returns_child ON school_returns (child_key, kind)`);
    await createOutboxTable(runner);
    await runner.query(`CREATE INDEX outbox_aggregate ON outbox (aggregate_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE outbox, register_views, case_views, case_enquiries, agency_referrals, school_returns, school_keys, schools, cme_cases`);
    await runner.query(`DROP SEQUENCE cme_case_numbers`);
  }
}
