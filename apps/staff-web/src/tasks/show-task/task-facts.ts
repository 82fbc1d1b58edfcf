import type { OfficerView, TaskHistoryEntry, TaskOutcome } from '../../data/compliance-tracker.types';
import { londonDateTime } from '../../web/date-filters';
import { label } from '../../web/labels';
import { CANCEL_REASONS } from '../manage-task/manage-actions';
import { AGENCIES, DECLINED_REASONS, NOT_OFFERED_REASONS, OFFER_METHODS } from '../record-outcome/outcome-words';
import { actorName } from '../task-presenters';

/** A task's recorded outcome and its history in words, for the task page. Pure. */

export interface Fact {
  key: string;
  value: string;
  /** Several values, one a line (agencies, actions). */
  lines?: string[];
}

const word = (words: Record<string, string>, code: string | undefined) => (code ? (words[code] ?? code) : '');

/** What has been recorded so far, in the order the work goes. Never the interview's summary: the page adds it for those who may read it. */
export function outcomeFacts(o: TaskOutcome | Record<string, unknown> | undefined): Fact[] {
  const outcome = (o ?? {}) as TaskOutcome;
  const facts: Fact[] = [];
  if (outcome.offeredAt) facts.push({ key: 'Interview offered', value: `${londonDateTime(outcome.offeredAt)}${outcome.offeredHow ? `, ${word(OFFER_METHODS, outcome.offeredHow).toLowerCase()}` : ''}` });
  if (outcome.acceptedAt) facts.push({ key: 'Accepted', value: londonDateTime(outcome.acceptedAt) });
  if (outcome.declinedReason) facts.push({ key: 'Declined', value: word(DECLINED_REASONS, outcome.declinedReason) });
  if (outcome.notOfferedReason) facts.push({ key: 'Not offered', value: word(NOT_OFFERED_REASONS, outcome.notOfferedReason) });
  if (outcome.heldAt) facts.push({ key: 'Held', value: londonDateTime(outcome.heldAt) });
  if (outcome.interviewerIndependent !== undefined) facts.push({ key: 'Independent interviewer', value: outcome.interviewerIndependent ? 'Yes' : 'No' });
  if (outcome.attendeeAgencies?.length) {
    const lines = outcome.attendeeAgencies.map((a) => word(AGENCIES, a));
    facts.push({ key: 'Agencies that took part', value: lines.join(', '), lines });
  }
  if (outcome.actions?.length) facts.push({ key: 'Actions agreed', value: outcome.actions.join('; '), lines: outcome.actions });
  if (outcome.doneAt) facts.push({ key: 'Done', value: londonDateTime(outcome.doneAt) });
  return facts;
}

const OUTCOME_TITLES: Record<string, string> = {
  OFFERED: 'Interview offered',
  ACCEPTED: 'Interview accepted',
  DECLINED: 'Interview declined',
  HELD: 'Interview held',
  NOT_OFFERED: 'No interview to be offered',
  MEETING_HELD: 'Meeting held',
  DONE: 'Done',
};

/** One history row as an MOJ timeline item: what happened, who did it, when (the service's instant, never an invented time). */
export function historyItem(entry: TaskHistoryEntry, officers: readonly OfficerView[]) {
  const d = entry.details ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  let title: string;
  let lines: string[] = [];
  switch (entry.action) {
    case 'CREATED':
      title = 'Task created';
      // A CME task comes from its case in education-referrals, not from a protocol decision.
      lines = str(d.caseReference) ? [`Opened for CME case ${str(d.caseReference)}.`] : ['The protocol asked for this work.'];
      break;
    case 'CLAIMED':
      title = 'Claimed';
      if (str(d.coveredBy)) lines = [`Given to ${actorName(str(d.coveredBy), officers)}, covering while they are away.`];
      break;
    case 'REASSIGNED':
      title = `Reassigned to ${actorName(str(d.toAssignee), officers)}`;
      lines = [
        str(d.fromAssignee) ? `From ${actorName(str(d.fromAssignee), officers)}.` : 'From the team queue.',
        ...(str(d.coveringFor) ? [`${actorName(str(d.coveringFor), officers)} is on leave: their cover took it.`] : []),
      ];
      break;
    case 'UNCLAIMED':
      title = 'Put back in the team queue';
      if (str(d.fromAssignee)) lines = [`From ${actorName(str(d.fromAssignee), officers)}.`];
      break;
    case 'HANDED_OVER':
      title = `Handed over to ${actorName(str(d.toAssignee), officers)}`;
      if (str(d.fromAssignee)) lines = [`From ${actorName(str(d.fromAssignee), officers)}.`];
      break;
    case 'CHILD_MERGED':
      title = "Moved to the child's other record";
      lines = ['Two records of this child were merged: the task now sits on the record that was kept.'];
      break;
    case 'CHILD_ERASED':
      title = "Child's personal data erased";
      lines = ['On a data protection request: the police reference, the reasons and any notes typed about the child are gone. The dates and outcome still count in the figures.'];
      break;
    case 'OUTCOME_RECORDED':
      title = OUTCOME_TITLES[str(d.kind) ?? ''] ?? 'Outcome recorded';
      lines = outcomeFacts(d as TaskOutcome).map((f) => `${f.key}: ${f.value}`);
      break;
    case 'SUPERSEDED':
      title = 'Replaced by newer work';
      break;
    case 'CANCELLED':
      title = 'Cancelled';
      if (str(d.reason)) lines = [CANCEL_REASONS[str(d.reason) ?? '']?.text ?? `Reason: ${str(d.reason)}`];
      break;
    default:
      title = `Status changed from ${label('taskStatus', entry.fromStatus)} to ${label('taskStatus', entry.toStatus)}`;
  }
  return { label: { text: title }, byline: { text: actorName(entry.actor, officers) }, datetime: { timestamp: entry.at, type: 'datetime' }, lines };
}
