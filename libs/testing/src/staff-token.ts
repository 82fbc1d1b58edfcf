import { StaffIdentity, StaffTokens } from '@homeward/platform';

/** The secret createTestEnvironment gives the services that sign (compliance-tracker) and verify (alerting) staff tokens. */
export const TEST_STAFF_TOKEN_SECRET = 'test-staff-token-secret-0123456789abcdef';

/**
 * A staff token as compliance-tracker signs it, for tests and benches calling alerting:
 * `authorization: \`Bearer ${staffToken({ staffId: 'jo.bloggs', role: 'CMO' })}\``. `now` in the
 * past by more than `ttlSeconds` (default an hour) makes one already expired.
 */
export function staffToken(staff: StaffIdentity, secret = TEST_STAFF_TOKEN_SECRET, options: { now?: Date; ttlSeconds?: number } = {}): string {
  return new StaffTokens(secret).sign(staff, { now: options.now ?? new Date(), ttlSeconds: options.ttlSeconds ?? 3600 }).token;
}
