import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The staff workspace reads a child's record: the locations and found details police send
 * (personal data, so here beside the child, never in applied_notifications), who viewed the
 * record, and indexes for search by police reference, LA id, date of birth and name prefixes.
 */
export class ChildRecords1764300000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE notification_details (
        ingest_id text PRIMARY KEY,
        child_id uuid NOT NULL REFERENCES children (id),
        episode_id uuid NOT NULL REFERENCES episodes (id),
        location_postcode text,
        location_description text,
        returned_to text,
        found_by text,
        safe_and_well_check_at timestamptz,
        harm_suffered boolean
      )`);
    await runner.query(`CREATE INDEX notification_details_episode ON notification_details (episode_id)`);
    await runner.query(`
      CREATE TABLE child_record_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        staff_id text NOT NULL,
        child_id uuid NOT NULL REFERENCES children (id),
        purpose text NOT NULL CHECK (purpose IN ('LIST', 'SEARCH', 'RECORD', 'TASK')),
        viewed_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX child_record_views_child ON child_record_views (child_id, viewed_at DESC)`);
    await runner.query(`CREATE INDEX decisions_child ON decisions (child_id, seq)`);
    await runner.query(`CREATE INDEX episodes_police_reference ON episodes (police_reference)`);
    await runner.query(`CREATE INDEX children_local_authority_id ON children (local_authority_id)`);
    await runner.query(`CREATE INDEX children_date_of_birth ON children (date_of_birth)`);
    // Name search matches each word as a prefix, case-insensitively: lower(...) LIKE 'word%'.
    await runner.query(`CREATE INDEX children_given_name_prefix ON children (lower(given_name) text_pattern_ops)`);
    await runner.query(`CREATE INDEX children_family_name_prefix ON children (lower(family_name) text_pattern_ops)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX children_family_name_prefix, children_given_name_prefix, children_date_of_birth, children_local_authority_id, episodes_police_reference, decisions_child`);
    await runner.query(`DROP TABLE child_record_views, notification_details`);
  }
}
