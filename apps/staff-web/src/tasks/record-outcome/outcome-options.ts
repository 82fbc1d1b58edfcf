import type { RecordOutcomeBody } from '../../data/compliance-tracker.types';

/**
 * Which outcomes a task may take now: compliance-tracker's outcome-transitions, read from its
 * side (apps/compliance-tracker/src/tasks/record-outcome/outcome-transitions.ts), so the form
 * offers only what the service will accept. If the two ever differ, the service's 409 shows
 * on the form in its own words. Pure.
 */

export type OutcomeKind = RecordOutcomeBody['kind'];

const MEETINGS = ['MULTI_AGENCY_MEETING', 'STRATEGY_DISCUSSION'];
const OTHER_WORK = ['NOTIFY_RESPONSIBLE_AUTHORITY', 'RISK_MANAGEMENT_FOLLOW_UP', 'REVIEW_EPISODE', 'DUTY_AND_REFERRAL_CONSULTATION', 'INFORM_IRO'];

const RETURN_INTERVIEW: Record<string, OutcomeKind[]> = {
  CLAIMED: ['OFFERED', 'NOT_OFFERED'],
  OFFERED: ['ACCEPTED', 'DECLINED', 'HELD'],
  ACCEPTED: ['HELD'],
};

export function outcomesAllowed(type: string, status: string): OutcomeKind[] {
  if (type === 'RETURN_INTERVIEW') return RETURN_INTERVIEW[status] ?? [];
  if (status !== 'CLAIMED') return [];
  if (MEETINGS.includes(type)) return ['MEETING_HELD'];
  if (OTHER_WORK.includes(type)) return ['DONE'];
  return [];
}

/** Why nothing can be recorded now, in words, for the form and the task page. */
export function whyNoOutcome(status: string): string {
  if (status === 'OPEN') return 'Nobody has claimed this task yet. Claim it before you record what happened.';
  return 'This task is closed: there is nothing more to record.';
}
