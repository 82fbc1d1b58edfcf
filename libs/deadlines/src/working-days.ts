import Holidays from 'date-holidays';
import {
  type CalendarDate,
  addCalendarDays,
  assertValidInstant,
  formatCalendarDate,
  isoDayOfWeek,
  londonCalendarDate,
  londonWallClockTime,
  londonWallTimeToInstant,
} from './london-time';

/** Which calendar dates (Europe/London) are working days. */
export interface WorkingDayCalendar {
  isWorkingDate(date: CalendarDate): boolean;
}

/*
 * Bank holidays in England and Wales come from the maintained `date-holidays` data
 * (GB, state ENG), never from a hand-typed list. For GB-ENG it returns:
 * - type 'public': the bank holidays, including substitute days (flag `substitute`, e.g.
 *   27 and 28 Dec 2021, 3 Jan 2022) and one-off days (Platinum Jubilee 3 Jun 2022, the
 *   Queen's funeral 19 Sep 2022, the Coronation 8 May 2023);
 * - type 'observance': Mother's Day, Easter Sunday, Father's Day: not holidays from work.
 * So only 'public' entries are kept. Their `date` is the local (London) date as
 * `YYYY-MM-DD 00:00:00`.
 */
let holidays: Holidays | undefined;
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

function bankHolidaySet(year: number): ReadonlySet<string> {
  let set = bankHolidaysByYear.get(year);
  if (!set) {
    holidays ??= new Holidays('GB', 'ENG');
    set = new Set(
      (holidays.getHolidays(year) || [])
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    bankHolidaysByYear.set(year, set);
  }
  return set;
}

/** The England and Wales bank holidays of `year` as sorted `YYYY-MM-DD` dates (substitute days included). */
export function bankHolidaysInYear(year: number): string[] {
  if (!Number.isInteger(year)) throw new RangeError('year must be an integer');
  return [...bankHolidaySet(year)].sort();
}

function isBankHolidayDate(date: CalendarDate): boolean {
  return bankHolidaySet(date.year).has(formatCalendarDate(date));
}

/** Working days in England and Wales: Monday to Friday, except bank holidays. */
export const englandAndWalesCalendar: WorkingDayCalendar = {
  isWorkingDate: (date) => isoDayOfWeek(date) <= 5 && !isBankHolidayDate(date),
};

/** Whether `instant` falls on an England and Wales bank holiday (Europe/London date). */
export function isBankHoliday(instant: Date): boolean {
  return isBankHolidayDate(londonCalendarDate(instant));
}

/** Whether `instant` falls on a working day, judged on its Europe/London calendar date. */
export function isWorkingDay(instant: Date, calendar: WorkingDayCalendar = englandAndWalesCalendar): boolean {
  return calendar.isWorkingDate(londonCalendarDate(instant));
}

/**
 * The deadline `days` working days after `anchor`.
 *
 * Rule: take the anchor's Europe/London calendar date; the deadline falls on the Nth
 * working day strictly after that date, at the same London wall-clock time as the anchor.
 * The anchor's own date never counts, whether or not it is a working day, so a notification
 * on a Friday or on a Saturday with 1 working day is both due on the following Monday (if
 * that is not a bank holiday). 0 days returns the anchor itself.
 * If that wall-clock time does not exist or exists twice on the deadline date (a clock
 * change), it is resolved as in `londonWallTimeToInstant`: forward across a gap, the
 * earlier instant of an overlap. (UK clocks change on Sundays, so with the England and
 * Wales calendar this cannot happen; it matters only for other calendars.)
 */
export function addWorkingDays(
  anchor: Date,
  days: number,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
): Date {
  assertValidInstant(anchor, 'anchor');
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
  if (days === 0) return new Date(anchor.getTime());

  let date = londonCalendarDate(anchor);
  let remaining = days;
  let scanned = 0;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (calendar.isWorkingDate(date)) remaining -= 1;
    // Guard against a calendar with no working days at all.
    if (++scanned > days * 7 + 3660) throw new RangeError('calendar has no working days in range');
  }
  return londonWallTimeToInstant(date, londonWallClockTime(anchor));
}
