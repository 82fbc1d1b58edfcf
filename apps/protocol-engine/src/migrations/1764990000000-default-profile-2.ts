import { DEFAULT_PROFILE } from '@homeward/protocol';
import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default profile gained rules that fire only in a running system now (placement notices,
 * our child elsewhere, effective-risk escalation, the duty and referral consultation, the named
 * follow-up): a new version, since a stored version is never changed. Where the council still
 * runs only what Homeward shipped, it is in force from now; where the council made versions of
 * its own, it waits as a draft for the council's protocol admin. A fresh database was seeded
 * with it already.
 */
export class DefaultProfile21764990000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    const [{ present, councilMade }] = (await runner.query(
      `SELECT EXISTS (SELECT 1 FROM protocol_versions WHERE version = $1) AS present,
              EXISTS (SELECT 1 FROM protocol_versions WHERE created_by <> 'system') AS "councilMade"`,
      [DEFAULT_PROFILE.version],
    )) as { present: boolean; councilMade: boolean }[];
    if (present) return;
    await runner.query(
      councilMade
        ? `INSERT INTO protocol_versions (id, version, profile, status, created_by, created_at) VALUES ($1, $2, $3, 'DRAFT', 'system', now())`
        : `INSERT INTO protocol_versions (id, version, profile, status, effective_from, created_by, created_at, activated_by, activated_at)
           VALUES ($1, $2, $3, 'ACTIVE', now(), 'system', now(), 'system', now())`,
      [randomUUID(), DEFAULT_PROFILE.version, JSON.stringify(DEFAULT_PROFILE)],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM protocol_versions WHERE version = $1 AND created_by = 'system' AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.protocol_version = $1)`, [
      DEFAULT_PROFILE.version,
    ]);
  }
}
