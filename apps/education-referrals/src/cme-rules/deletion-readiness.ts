import type { SchoolCalendar } from '../school-calendar';
import { isCalendarDate, nextDate } from '../school-calendar/calendar-dates';
import { type EnquiryRecord, type ReasonableEnquiry, ReasonableEnquiries, ReasonableEnquiryNotMade } from './reasonable-enquiries';

/** Continuous unauthorised absence needed before the 20-day ground can apply. */
export const DELETION_ABSENCE_SCHOOL_DAYS = 20;

export const CHILD_FOUND_REASON = 'the child has been found: not a ground for deletion';

export interface DeletionReadiness {
  /** The date of the 20th school day of continuous absence. */
  twentiethSchoolDay: string;
  /** School days absent from absenceStart to today, both included (0 before it starts). */
  schoolDaysAbsent: number;
  /** Whether the school may now delete the pupil on this ground. */
  ready: boolean;
  /** Required enquiries with no record yet. */
  missing: readonly ReasonableEnquiry[];
  /** Why it is not ready yet, in plain English; empty when ready. */
  reasons: string[];
}

/**
 * The 20-day ground for deleting a pupil from the admission register (School Attendance
 * (Pupil Registration) (England) Regulations 2024, reg 9): continuously absent without
 * authorisation for at least 20 school days, and the school and the LA have jointly made
 * reasonable enquiries and failed to find where the child is. A recorded enquiry counts
 * whatever its result; one that found the child means this ground does not apply.
 */
export function deletionReadiness(
  calendar: SchoolCalendar,
  absenceStart: string,
  today: string,
  enquiries: readonly EnquiryRecord[],
  required: readonly ReasonableEnquiry[] = ReasonableEnquiries,
): DeletionReadiness {
  for (const [field, value] of [['absenceStart', absenceStart], ['today', today]] as const) {
    if (!isCalendarDate(value)) throw new RangeError(`${field} must be a date (YYYY-MM-DD), not "${value}"`);
  }
  // Counting from the day before makes absenceStart day 1 when it is a school day, and the next school day day 1 when not.
  const twentiethSchoolDay = calendar.addSchoolDays(nextDate(absenceStart, -1), DELETION_ABSENCE_SCHOOL_DAYS);
  const schoolDaysAbsent = calendar.schoolDaysBetween(absenceStart, today);
  const missing = required.filter((enquiry) => !enquiries.some((record) => record.enquiry === enquiry));
  const found = enquiries.some((record) => record.result === 'FOUND');

  const reasons: string[] = [];
  if (found) reasons.push(CHILD_FOUND_REASON);
  if (schoolDaysAbsent < DELETION_ABSENCE_SCHOOL_DAYS) {
    reasons.push(`the pupil has been absent ${schoolDaysAbsent} school ${schoolDaysAbsent === 1 ? 'day' : 'days'} of the ${DELETION_ABSENCE_SCHOOL_DAYS}`);
  }
  reasons.push(...missing.map((enquiry) => ReasonableEnquiryNotMade[enquiry]));
  return { twentiethSchoolDay, schoolDaysAbsent, ready: reasons.length === 0, missing, reasons };
}
