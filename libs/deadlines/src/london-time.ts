import { TZDate, tzOffset } from '@date-fns/tz';

/** Deadlines are reckoned, and shown, in the time of England and Wales. */
export const LONDON_TIME_ZONE = 'Europe/London';

/** A calendar date with no time and no zone (month is 1-12). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock time of day with no date and no zone. */
export interface WallClockTime {
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export function assertValidInstant(instant: Date, name = 'instant'): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

function inLondon(instant: Date): TZDate {
  assertValidInstant(instant);
  return new TZDate(instant.getTime(), LONDON_TIME_ZONE);
}

/** The Europe/London calendar date on which `instant` falls. */
export function londonCalendarDate(instant: Date): CalendarDate {
  const london = inLondon(instant);
  return { year: london.getFullYear(), month: london.getMonth() + 1, day: london.getDate() };
}

/** The Europe/London wall-clock time shown at `instant`. */
export function londonWallClockTime(instant: Date): WallClockTime {
  const london = inLondon(instant);
  return {
    hours: london.getHours(),
    minutes: london.getMinutes(),
    seconds: london.getSeconds(),
    milliseconds: london.getMilliseconds(),
  };
}

/**
 * The instant at which London clocks show `time` on `date`.
 *
 * Clock changes (both at 01:00 UTC, on Sundays) are resolved the way java.time and
 * Temporal's 'compatible' disambiguation do:
 * - a time skipped when clocks go forward (01:00-01:59 on the last Sunday of March) is
 *   moved forward by the length of the gap: 01:30 becomes 02:30 BST (01:30 UTC);
 * - a time shown twice when clocks go back (01:00-01:59 on the last Sunday of October)
 *   is the earlier of the two instants, the BST one: 01:30 is 00:30 UTC. For a deadline
 *   that is the first moment the clock reads that time, never later.
 */
export function londonWallTimeToInstant(date: CalendarDate, time: WallClockTime): Date {
  // The wall-clock reading expressed as if it were UTC; subtracting the London offset
  // in force gives the real instant.
  const wallAsUtc = Date.UTC(
    date.year,
    date.month - 1,
    date.day,
    time.hours,
    time.minutes,
    time.seconds,
    time.milliseconds,
  );
  if (Number.isNaN(wallAsUtc)) throw new RangeError('invalid London date or time');

  // London's offset a day either side of the reading: a change happens at most once in between.
  const offsetBefore = tzOffset(LONDON_TIME_ZONE, new Date(wallAsUtc - MS_PER_DAY));
  const offsetAfter = tzOffset(LONDON_TIME_ZONE, new Date(wallAsUtc + MS_PER_DAY));
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offsetMinutes) => wallAsUtc - offsetMinutes * MS_PER_MINUTE)
    .filter((instant) => wallAsUtc - instant === tzOffset(LONDON_TIME_ZONE, new Date(instant)) * MS_PER_MINUTE);

  if (candidates.length > 0) return new Date(Math.min(...candidates)); // ambiguous: earlier
  // Skipped: read the wall time with the offset in force before the gap.
  return new Date(wallAsUtc - offsetBefore * MS_PER_MINUTE);
}

/** ISO day of the week of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoDayOfWeek(date: CalendarDate): number {
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar date `days` after `date` (pure calendar arithmetic, no zone involved). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** `YYYY-MM-DD`. */
export function formatCalendarDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/**
 * `instant` as ISO-8601 in Europe/London with its offset, for display:
 * `2026-10-06T09:00:00+01:00` in summer time, `2026-12-01T09:00:00+00:00` in winter.
 * Milliseconds are shown only when not zero, so the string always denotes the same instant.
 */
export function formatLondon(instant: Date): string {
  const london = inLondon(instant);
  const offset = tzOffset(LONDON_TIME_ZONE, new Date(instant.getTime()));
  const sign = offset < 0 ? '-' : '+';
  const absOffset = Math.abs(offset);
  const ms = london.getMilliseconds();
  return (
    `${formatCalendarDate(londonCalendarDate(instant))}` +
    `T${pad2(london.getHours())}:${pad2(london.getMinutes())}:${pad2(london.getSeconds())}` +
    (ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`) +
    `${sign}${pad2(Math.floor(absOffset / 60))}:${pad2(absOffset % 60)}`
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
