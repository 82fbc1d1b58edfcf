import type { TaskOutcome } from '../data/compliance-tracker.types';
import { londonDate } from '../web/date-filters';
import { codeInWords } from '../web/labels';

/**
 * What has been recorded about a task's work, a line a fact, oldest first:
 * "Offered on 2 December 2026 (phone)", "Held on 4 December 2026, by an independent interviewer".
 * Never the interview's summary: the record lists tasks, their pages hold the detail.
 */
export function taskOutcomeInWords(outcome: TaskOutcome | null | undefined): string[] {
  if (!outcome) return [];
  const lines: string[] = [];
  const on = (at: string) => londonDate(at);
  if (outcome.offeredAt) lines.push(`Offered on ${on(outcome.offeredAt)}${outcome.offeredHow ? ` (${codeInWords(outcome.offeredHow).toLowerCase()})` : ''}`);
  if (outcome.acceptedAt) lines.push(`Accepted on ${on(outcome.acceptedAt)}`);
  if (outcome.result === 'DECLINED') lines.push(`Declined${outcome.declinedReason ? `: ${codeInWords(outcome.declinedReason).toLowerCase()}` : ''}`);
  if (outcome.result === 'NOT_OFFERED') lines.push(`Not offered${outcome.notOfferedReason ? `: ${codeInWords(outcome.notOfferedReason).toLowerCase()}` : ''}`);
  if (outcome.heldAt) {
    const independence = outcome.interviewerIndependent === undefined ? '' : outcome.interviewerIndependent ? ', by an independent interviewer' : ', not by an independent interviewer';
    lines.push(`Held on ${on(outcome.heldAt)}${independence}`);
  }
  if (outcome.attendeeAgencies?.length) lines.push(`Agencies: ${outcome.attendeeAgencies.map((a) => codeInWords(a).toLowerCase()).join(', ')}`);
  if (outcome.actions?.length) lines.push(`${outcome.actions.length} ${outcome.actions.length === 1 ? 'action' : 'actions'} agreed`);
  if (outcome.result === 'DONE' && outcome.doneAt) lines.push(`Done on ${on(outcome.doneAt)}`);
  return lines;
}
