import type { OfficerView, RecordOutcomeBody } from '../../data/compliance-tracker.types';
import { actorName } from '../task-presenters';

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

/**
 * Whether this person may record what happened on the task: compliance-tracker's outcome-permission
 * (the officer holding it, or a manager; work nobody holds is anyone's in the team). Pure.
 */
export function recordsOutcomeOn(task: { assignee: string | null }, user: { username: string; role: string }): boolean {
  return user.role === 'MANAGER' || task.assignee === null || task.assignee === user.username;
}

/** Why this person may not record on the task, in words naming its holder; undefined when they may. */
export function notYoursToRecord(task: { assignee: string | null }, user: { username: string; role: string }, officers: readonly OfficerView[]): string | undefined {
  if (recordsOutcomeOn(task, user)) return undefined;
  return `This task is ${actorName(task.assignee, officers)}'s. Only they or a manager can record what happened.`;
}

/** Why nothing can be recorded now, in words, for the form and the task page. */
export function whyNoOutcome(status: string): string {
  if (status === 'OPEN') return 'Nobody has claimed this task yet. Claim it before you record what happened.';
  return 'This task is closed: there is nothing more to record.';
}
