/** Small, pure time helpers. No clock: every "now" comes from the decision input. */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Parses an ISO instant; a bad instant is a caller bug, so it fails loudly rather than deciding on NaN. */
export function instantMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`protocol: ${field} is not an ISO instant`);
  return ms;
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Whole years between a YYYY-MM-DD birth date and the Europe/London calendar date of an instant
 * (a birthday starts at local midnight, not UTC midnight). Null when the date is unreadable, so the
 * caller can decide what an unknown age means instead of guessing here.
 */
export function ageInYears(dateOfBirth: string, atMs: number): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dateOfBirth ?? '');
  if (!m) return null;
  const [by, bm, bd] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bm < 1 || bm > 12 || bd < 1 || bd > 31) return null;
  const [y, mo, d] = londonDate.format(new Date(atMs)).split('-').map(Number);
  let age = y - by;
  if (mo < bm || (mo === bm && d < bd)) age -= 1;
  return age;
}
