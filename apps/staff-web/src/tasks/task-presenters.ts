import type { OfficerView, TaskSubject, TaskView } from '../data/compliance-tracker.types';
import type { ChildSummary } from '../data/protocol-engine.types';
import { londonDateTime, relativeDeadline } from '../web/date-filters';
import { label } from '../web/labels';
import { isoDate, londonToday } from '../web/london-calendar';

/** What the queue, the task page and the outcome form show of a task and its child. Pure: `now` is passed in. */

export const OPEN_STATUSES = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED'];

export interface Tag {
  text: string;
  classes?: string;
}

export interface DeadlineView {
  text: string;
  relative: string;
  overdue: boolean;
  dueToday: boolean;
}

/** GOV.UK tag colours: a tag's words always say what the colour means. */
const RISK_TAG_CLASSES: Record<string, string> = { HIGH: 'govuk-tag--red', MEDIUM: 'govuk-tag--orange', LOW: 'govuk-tag--grey', VERY_LOW: 'govuk-tag--grey' };
const STATUS_TAG_CLASSES: Record<string, string> = {
  OPEN: 'govuk-tag--blue',
  CLAIMED: 'govuk-tag--light-blue',
  OFFERED: 'govuk-tag--turquoise',
  ACCEPTED: 'govuk-tag--turquoise',
  COMPLETED: 'govuk-tag--green',
  SUPERSEDED: 'govuk-tag--grey',
  CANCELLED: 'govuk-tag--grey',
};
/** Short enough for a tag in a table row; the task page spells them out. */
const SHORT_FLAGS: Record<string, string> = { CSE: 'CSE', CCE: 'CCE' };

export const childName = (child: Pick<ChildSummary, 'givenName' | 'familyName'>): string => `${child.givenName} ${child.familyName}`;

export const statusTag = (status: string): Tag => ({ text: label('taskStatus', status), classes: STATUS_TAG_CLASSES[status] });

export const riskTag = (risk: string | null | undefined): Tag | undefined => (risk ? { text: `${label('risk', risk)} risk`, classes: RISK_TAG_CLASSES[risk] } : undefined);

export const flagTags = (flags: readonly string[] | undefined, options: { short?: boolean } = {}): Tag[] =>
  (flags ?? []).map((flag) => ({ text: (options.short && SHORT_FLAGS[flag]) || label('flag', flag), classes: 'govuk-tag--purple' }));

/** Only open work is overdue or due today; a completed task's deadline is history. */
export function deadlineView(task: Pick<TaskView, 'dueAt' | 'status'>, now: Date): DeadlineView {
  const open = OPEN_STATUSES.includes(task.status);
  const due = new Date(task.dueAt);
  const overdue = open && due.getTime() < now.getTime();
  const dueToday = open && !overdue && isoDate(londonToday(due)) === isoDate(londonToday(now));
  return { text: londonDateTime(task.dueAt), relative: open ? relativeDeadline(task.dueAt, now) : '', overdue, dueToday };
}

/** Who did something, in words: an officer by name, or the part of Homeward that acted. */
export function actorName(actor: string | null | undefined, officers: readonly OfficerView[]): string {
  if (!actor) return 'Nobody';
  const officer = officers.find((o) => o.username === actor);
  if (officer) return officer.displayName || officer.username;
  if (actor === 'protocol') return 'Homeward (the protocol)';
  if (actor === 'education-referrals') return 'Homeward (children missing education)';
  if (actor.startsWith('system:leave')) return 'Homeward (leave cover)';
  if (actor.startsWith('system')) return 'Homeward';
  return actor;
}

/** The placing (responsible) authority: a code from the police, or this council when none. */
export const responsibleAuthorityInWords = (code: string | null | undefined): string => code || 'This council';

export type CmeCaseSubject = Extract<TaskSubject, { kind: 'CME_CASE' }>;

/** The CME case a task is about, or undefined for a missing episode's task. */
export const cmeCaseOf = (task: Pick<TaskView, 'subject'>): CmeCaseSubject | undefined => (task.subject?.kind === 'CME_CASE' ? task.subject : undefined);

/** What the work is about, in words: the CME case, else the missing episode by its police reference. */
export function subjectReference(task: Pick<TaskView, 'subject' | 'policeReference'>): string {
  const cme = cmeCaseOf(task);
  if (cme) return `CME case ${cme.caseReference}`;
  return task.policeReference ? `police reference ${task.policeReference}` : 'police reference not known';
}

/** Whose work it is, for banners and captions: the child by name, else the CME case (a CME task names no child record). */
export function workFor(task: Pick<TaskView, 'subject'>, child: Pick<ChildSummary, 'givenName' | 'familyName'> | undefined): string {
  const cme = cmeCaseOf(task);
  if (cme) return `CME case ${cme.caseReference}`;
  return child ? childName(child) : 'this child';
}

/** Only a missing episode's task has a child record to fetch: a CME task's child is known to education-referrals alone. */
export const childIdsOf = (tasks: readonly Pick<TaskView, 'childId'>[]): string[] => [...new Set(tasks.map((t) => t.childId).filter((id): id is string => Boolean(id)))];
