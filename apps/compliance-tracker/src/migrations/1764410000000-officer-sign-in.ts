import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Officers sign in with a password (scrypt hash), or through the council's identity provider
 * with neither password nor key; pages show their name. A run of wrong passwords is counted
 * for the back-off.
 */
export class OfficerSignIn1764410000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE officers
        ADD COLUMN password_hash text,
        ADD COLUMN display_name text,
        ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0,
        ADD COLUMN last_failed_sign_in_at timestamptz,
        ALTER COLUMN key_hash DROP NOT NULL,
        ALTER COLUMN key_prefix DROP NOT NULL`);
    await runner.query(`UPDATE officers SET display_name = username`);
    await runner.query(`ALTER TABLE officers ALTER COLUMN display_name SET NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    // No key ever hashes to this, so officers without one stay unable to use a key.
    await runner.query(`UPDATE officers SET key_hash = 'none:' || id, key_prefix = '' WHERE key_hash IS NULL`);
    await runner.query(`
      ALTER TABLE officers
        DROP COLUMN password_hash,
        DROP COLUMN display_name,
        DROP COLUMN failed_sign_ins,
        DROP COLUMN last_failed_sign_in_at,
        ALTER COLUMN key_hash SET NOT NULL,
        ALTER COLUMN key_prefix SET NOT NULL`);
  }
}
