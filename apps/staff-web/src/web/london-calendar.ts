import { TZDate } from '@date-fns/tz';
import { CalendarDate, LONDON_TIME_ZONE, londonCalendarDate, londonWallTimeToInstant } from '@homeward/deadlines';

/**
 * London calendar dates as pages use them: `YYYY-MM-DD` strings, the day they fall on in
 * London, and the instants a London day starts. Pure: `now` is passed in.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIDNIGHT = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** A real calendar date from `YYYY-MM-DD`, or undefined (30 February is not one). */
export function parseIsoDate(value: unknown): CalendarDate | undefined {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** The date `days` (or `months`, `years`) later; a month end is kept in the shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addToDate(date: CalendarDate, by: { days?: number; months?: number; years?: number }): CalendarDate {
  const monthIndex = date.year * 12 + (date.month - 1) + (by.months ?? 0) + 12 * (by.years ?? 0);
  const [year, month] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const shifted = new Date(Date.UTC(year, month - 1, Math.min(date.day, lastDay) + (by.days ?? 0)));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return isoDate(a).localeCompare(isoDate(b));
}

/** Today in London. */
export function londonToday(now: Date): CalendarDate {
  return londonCalendarDate(now);
}

/** The instant London's day `date` starts (midnight, GMT or BST as it then is). */
export function startOfLondonDay(date: CalendarDate): Date {
  return londonWallTimeToInstant(date, MIDNIGHT);
}

/** The London date and wall-clock hour and minute of an instant. */
export function londonDateAndTime(instant: Date | string): { date: CalendarDate; hours: number; minutes: number } {
  const at = new TZDate(new Date(instant).getTime(), LONDON_TIME_ZONE);
  return { date: { year: at.getFullYear(), month: at.getMonth() + 1, day: at.getDate() }, hours: at.getHours(), minutes: at.getMinutes() };
}
