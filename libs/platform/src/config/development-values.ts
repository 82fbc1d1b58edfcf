/**
 * Secrets anyone can read in this repository: the local stack's (tools/local-stack/services.ts),
 * the test harness's, and the defaults docker-compose.yml once had. Fine on a laptop; in
 * production each would let a reader forge a manager's token or re-identify a child, so a
 * service in production refuses to start while any setting contains one.
 */
export const KNOWN_DEVELOPMENT_VALUES: readonly string[] = [
  // tools/local-stack/services.ts (npm start)
  'homeward-dev-child-key-secret-not-for-production',
  'homeward-dev-staff-token-secret-not-for-production',
  'homeward-dev-session-secret-not-for-production',
  'hwa_dev_protocol_admin_local_only',
  // compliance-tracker's development CMO key and the development staff's password (also compose's old Postgres password)
  'hwo_dev_cmo_local_only',
  'homeward-dev-password',
  // docker-compose.yml's old defaults
  'dev-only-insecure-child-key-secret-change-me',
  'dev-only-insecure-staff-token-secret-change-me',
  'dev-only-insecure-session-secret-change-me',
  // the test harness (libs/testing)
  'test-child-key-secret-0123456789',
  'test-staff-token-secret-0123456789abcdef',
];

/** The settings (by variable) whose value carries a known development secret; none outside production. */
export function developmentValuesIn(values: { variable: string; value: unknown }[]): string[] {
  const text = (value: unknown): string => (Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '');
  return values.filter(({ value }) => KNOWN_DEVELOPMENT_VALUES.some((known) => text(value).includes(known))).map(({ variable }) => variable);
}
