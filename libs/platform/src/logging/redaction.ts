/**
 * Paths pino censors wherever they appear in a log object. A child's names, date of birth,
 * address, location and free text must never reach a log line, whatever a developer logs.
 */
const PERSONAL_FIELDS = [
  'givenName',
  'familyName',
  'dateOfBirth',
  'name',
  'names',
  'address',
  'postcode',
  'location',
  'description',
  'returnedTo',
  'foundBy',
  'summary',
  'narrative',
  'child',
];

export const REDACTED_PATHS: string[] = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((f) => `*.${f}`),
  ...PERSONAL_FIELDS.map((f) => `*.*.${f}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.body',
];
