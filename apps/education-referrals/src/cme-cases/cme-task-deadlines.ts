import type { CmeTaskType } from '@homeward/contracts';
import { addWorkingDays, type CalendarDate, formatCalendarDate, londonCalendarDate, londonWallTimeToInstant, type WorkingDayCalendar } from '@homeward/deadlines';
import { DELETION_ABSENCE_SCHOOL_DAYS } from '../cme-rules';
import type { SchoolCalendar } from '../school-calendar';
import { nextDate } from '../school-calendar/calendar-dates';

export interface CmeDeadlineSettings {
  enquiriesDueSchoolDays: number;
  s19ConsiderationDueWorkingDays: number;
}

/** School days as a working-day calendar, so the deadline arithmetic (same wall-clock time, London dates) is the one the queue uses. */
export const schoolDays = (calendar: SchoolCalendar): WorkingDayCalendar => ({ isWorkingDate: (date: CalendarDate) => calendar.isSchoolDay(formatCalendarDate(date)) });

const CLOSE_OF_SCHOOL_DAY = { hours: 17, minutes: 0, seconds: 0, milliseconds: 0 };

/**
 * When a CME task falls due. The enquiries on an absence must be made before the 20-day point
 * (the school may not delete until they are), so they are due at the close of the 20th school
 * day of absence, but never sooner than one school day after the notice arrives. Otherwise the
 * configured school days (enquiries) or working days (s19 consideration) from arrival.
 */
export function cmeTaskDueAt(task: CmeTaskType, receivedAt: Date, calendar: SchoolCalendar, settings: CmeDeadlineSettings, absenceStart?: string): Date {
  if (task === 'CME_S19_CONSIDERATION') return addWorkingDays(receivedAt, settings.s19ConsiderationDueWorkingDays);
  const bySchoolDays = (n: number) => addWorkingDays(receivedAt, n, schoolDays(calendar));
  if (absenceStart === undefined) return bySchoolDays(settings.enquiriesDueSchoolDays);
  const twentieth = calendar.addSchoolDays(nextDate(absenceStart, -1), DELETION_ABSENCE_SCHOOL_DAYS);
  const [year, month, day] = twentieth.split('-').map(Number);
  const atTwentieth = londonWallTimeToInstant({ year, month, day }, CLOSE_OF_SCHOOL_DAY);
  const soonest = bySchoolDays(1);
  return atTwentieth > soonest ? atTwentieth : soonest;
}

/** The London date of an instant, as 'YYYY-MM-DD'. */
export const londonDateOf = (instant: Date): string => formatCalendarDate(londonCalendarDate(instant));
