import type { ReturnFacts } from '../cme-cases/cme-referral-rule';
import type { SchoolCalendar } from '../school-calendar';

/** School days a school has to send a new-pupil return after a mid-year admission. */
export const ADMISSION_RETURN_SCHOOL_DAYS = 5;

/**
 * Sent later than the regulations allow: a deletion return after the deletion, a new-pupil
 * return after 5 school days. Late returns are still taken (the child matters more than the
 * form), and counted so the LA can take it up with the school.
 */
export function isLate(facts: ReturnFacts, today: string, calendar: SchoolCalendar): boolean {
  if (facts.kind === 'DELETION') return facts.deletionDate < today;
  if (facts.kind === 'ADMISSION') return calendar.addSchoolDays(facts.admissionDate, ADMISSION_RETURN_SCHOOL_DAYS) < today;
  return false;
}
