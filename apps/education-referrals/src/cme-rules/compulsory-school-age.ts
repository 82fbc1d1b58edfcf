import { dayOfWeek, isCalendarDate } from '../school-calendar/calendar-dates';

/*
 * Compulsory school age in England (Education Act 1996 s8):
 * - it begins on the child's 5th birthday if that is a prescribed day (31 December, 31 March,
 *   31 August: the Education (Start of Compulsory School Age) Order 1998), otherwise on the
 *   next prescribed day after it;
 * - it ends at the end of the school leaving date (the last Friday in June) of the school year,
 *   1 September to 31 August, in which the child turns 16.
 */

/** Prescribed days as MM-DD, in calendar order. */
const PRESCRIBED_DAYS = ['03-31', '08-31', '12-31'] as const;

/** The day compulsory school age begins (inclusive). */
export function compulsorySchoolAgeStart(dateOfBirth: string): string {
  const fifth = birthday(dateOfBirth, 5);
  const year = Number(fifth.slice(0, 4));
  const monthDay = fifth.slice(5);
  // 31 December is the last prescribed day, so one always follows within the same year.
  const prescribed = PRESCRIBED_DAYS.find((day) => day >= monthDay) as string;
  return `${year}-${prescribed}`;
}

/** The last day of compulsory school age (inclusive): the last Friday in June of the school year the child turns 16. */
export function compulsorySchoolAgeEnd(dateOfBirth: string): string {
  const sixteenth = birthday(dateOfBirth, 16);
  const year = Number(sixteenth.slice(0, 4));
  // A 16th birthday from September on falls in the school year that ends the next summer.
  const leavingYear = sixteenth.slice(5) >= '09-01' ? year + 1 : year;
  return lastFridayOfJune(leavingYear);
}

export function isOfCompulsorySchoolAge(dateOfBirth: string, on: string): boolean {
  if (!isCalendarDate(on)) throw new RangeError(`on must be a date (YYYY-MM-DD), not "${on}"`);
  return on >= compulsorySchoolAgeStart(dateOfBirth) && on <= compulsorySchoolAgeEnd(dateOfBirth);
}

/** The n-th birthday; a child born on 29 February has it on 1 March in other years. */
function birthday(dateOfBirth: string, n: number): string {
  if (!isCalendarDate(dateOfBirth)) throw new RangeError(`dateOfBirth must be a date (YYYY-MM-DD), not "${dateOfBirth}"`);
  const year = Number(dateOfBirth.slice(0, 4)) + n;
  const candidate = `${year}${dateOfBirth.slice(4)}`;
  return isCalendarDate(candidate) ? candidate : `${year}-03-01`;
}

function lastFridayOfJune(year: number): string {
  const back = (dayOfWeek(`${year}-06-30`) - 5 + 7) % 7;
  return `${year}-06-${String(30 - back)}`;
}
