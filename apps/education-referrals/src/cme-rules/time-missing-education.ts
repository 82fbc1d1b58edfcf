import type { SchoolCalendar } from '../school-calendar';

/**
 * Time missing education, in school days: from the first day missing to the day it was
 * resolved, both counted. Holidays, INSET days and bank holidays are not time lost.
 */
export function schoolDaysMissing(calendar: SchoolCalendar, from: string, to: string): number {
  if (to < from) throw new RangeError(`resolved on ${to}, before the first day missing (${from})`);
  return calendar.schoolDaysBetween(from, to);
}
