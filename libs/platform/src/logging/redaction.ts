/**
 * Keys whose values are a child's (or their family's) personal data, censored at any depth of
 * anything logged, whatever a developer logs: names, dates of birth, identifiers, addresses and
 * places, contact details, and free text. A whole `child` (or pupil, parent, provider) goes.
 * Harmless keys stay readable: an error's `name`, a rule's `reason` code.
 */
const PERSONAL_KEYS = [
  'child',
  'children',
  'pupil',
  'parent',
  'parents',
  'carer',
  'provider',
  'givenName',
  'familyName',
  'firstName',
  'lastName',
  'fullName',
  'middleNames',
  'dateOfBirth',
  'dob',
  'gender',
  'localAuthorityId',
  'upn',
  'nhsNumber',
  'address',
  'addresses',
  'futureAddress',
  'postcode',
  'location',
  'description',
  'returnedTo',
  'foundBy',
  'phone',
  'phoneNumber',
  'email',
  'summary',
  'narrative',
  'note',
  'notes',
  'details',
  'enquiries',
  'body',
  'payload',
];
const PERSONAL = new Set(PERSONAL_KEYS.map((k) => k.toLowerCase()));
export const CENSOR = '[redacted]';
const MAX_DEPTH = 12;

/** A copy of `value` with every personal key's value censored; errors and non-plain objects are left to pino's serializers. */
export function redactPersonal(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Error || value instanceof Date) return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return CENSOR;
  seen.add(value);
  if (Array.isArray(value)) return value.map((v) => redactPersonal(v, depth + 1, seen));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, PERSONAL.has(k.toLowerCase()) ? CENSOR : redactPersonal(v, depth + 1, seen)]));
}

/** pino options for every service's logger: personal keys at any depth, and credentials in request headers. */
export const LOG_REDACTION = {
  redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'], censor: CENSOR },
  formatters: { log: (object: Record<string, unknown>) => redactPersonal(object) as Record<string, unknown> },
};
