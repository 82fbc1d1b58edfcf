import type { LeaveStatus, LeaveView, OfficerView } from '../data/compliance-tracker.types';
import { dateInputParams } from '../web/date-input';
import type { FieldError } from '../web/forms';
import { leaveDatesText } from './leave-dates';
import { LeaveAnswers, TEAM_QUEUE } from './leave-form';

/** How leave pages show leave and staff: pure, from compliance-tracker's answers. */

export const LEAVE_STATES: Record<LeaveStatus, { text: string; classes: string }> = {
  UPCOMING: { text: 'Upcoming', classes: 'govuk-tag--blue' },
  IN_PROGRESS: { text: 'On leave', classes: 'govuk-tag--green' },
  ENDED: { text: 'Ended', classes: 'govuk-tag--grey' },
  CANCELLED: { text: 'Cancelled', classes: 'govuk-tag--orange' },
};

/** Usernames in the people's names; the hand-over at a leave's start is Homeward's own doing. */
export function namesOf(officers: OfficerView[]): (username: string | null) => string {
  const names = new Map(officers.map((o) => [o.username, o.displayName]));
  return (username) => {
    if (username === null) return 'The team queue';
    if (username.startsWith('system:')) return 'Homeward, when the leave started';
    return names.get(username) ?? username;
  };
}

export interface LeaveRow {
  id: string;
  officer: string;
  starts: string;
  ends: string;
  cover: string;
  /** No one person covers: the work goes to the team queue. */
  coverIsQueue: boolean;
  state: { text: string; classes: string };
  status: LeaveStatus;
}

export function leaveRow(leave: LeaveView, name: (u: string | null) => string): LeaveRow {
  const dates = leaveDatesText(leave);
  return { id: leave.id, officer: name(leave.officer), starts: dates.starts, ends: dates.ends, cover: name(leave.cover), coverIsQueue: leave.cover === null, state: LEAVE_STATES[leave.status], status: leave.status };
}

/** Who may take leave or cover it: people who do the casework, still able to sign in. */
function caseworkers(officers: OfficerView[]): OfficerView[] {
  return officers.filter((o) => !o.disabled && (o.role === 'CMO' || o.role === 'MANAGER')).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export interface LeaveFormContext {
  /** The officer is chosen on the form (a manager recording leave). */
  chooseOfficer: boolean;
  /** Whose leave it is, when not chosen. */
  officerName?: string;
  /** Leave under way: its start is shown, not asked. */
  startFixedText?: string;
}

/** Everything the record and change forms render: the selects' options, the date inputs, the answers kept. */
export function leaveFormModel(answers: LeaveAnswers, errors: FieldError[], officers: OfficerView[], context: LeaveFormContext) {
  const people = caseworkers(officers);
  const placeholder = (text: string, value: string) => ({ value: '', text, selected: value === '' });
  return {
    ...context,
    answers,
    officerItems: [placeholder('Choose an officer', answers.officer), ...people.map((o) => ({ value: o.username, text: o.displayName, selected: o.username === answers.officer }))],
    coverItems: [
      placeholder('Choose who covers', answers.cover),
      { value: TEAM_QUEUE, text: 'No one person: the team queue', selected: answers.cover === TEAM_QUEUE },
      ...people
        .filter((o) => o.username !== answers.officer)
        .map((o) => ({ value: o.username, text: o.onLeaveNow ? `${o.displayName} (on leave now)` : o.displayName, selected: o.username === answers.cover })),
    ],
    startDate: dateInputParams('startDate', answers.startDate, errors, { legend: 'Start date', hint: 'For example, 6 7 2026' }),
    endDate: dateInputParams('endDate', answers.endDate, errors, { legend: 'End date', hint: 'The last day of the leave, for example, 10 7 2026' }),
  };
}
