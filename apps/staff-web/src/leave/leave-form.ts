import type { ApiFieldProblem } from '../data/api-errors';
import { DateParts, dateInputError, partsOf, readDateInput } from '../web/date-input';
import type { FieldError } from '../web/forms';
import { formDateOf, leaveEnd, leaveStart, parseTime } from './leave-dates';

/** The cover select's value for "no one person: the team queue". */
export const TEAM_QUEUE = 'team-queue';

export interface LeaveAnswers {
  officer: string;
  startDate: DateParts;
  startTime: string;
  endDate: DateParts;
  endTime: string;
  /** A username, TEAM_QUEUE, or '' (not chosen yet). */
  cover: string;
}

export interface LeaveFormRules {
  /** A manager chooses the officer; a CMO's own leave needs no choice. */
  chooseOfficer: boolean;
  /** Leave under way keeps its start. */
  startFixed: boolean;
}

export interface ReadLeave {
  answers: LeaveAnswers;
  errors: FieldError[];
  /** When there are no errors. */
  leave?: { officer: string; startsAt?: string; endsAt: string; cover: string | null };
}

const text = (body: Record<string, unknown>, field: string) => (typeof body[field] === 'string' ? (body[field] as string).trim() : '');
const TIME_HINT = 'as 9am, 2:30pm or 14:30';

/** The record or change form as sent: answers as typed (for the form shown again), what is wrong, and the leave in instants. */
export function readLeaveForm(body: Record<string, unknown>, rules: LeaveFormRules): ReadLeave {
  const start = rules.startFixed ? undefined : readDateInput(body, 'startDate', 'Start date');
  const end = readDateInput(body, 'endDate', 'End date');
  const answers: LeaveAnswers = {
    officer: text(body, 'officer'),
    startDate: start?.parts ?? partsOf(undefined),
    startTime: text(body, 'startTime'),
    endDate: end.parts,
    endTime: text(body, 'endTime'),
    cover: text(body, 'cover'),
  };
  const errors: FieldError[] = [];
  if (rules.chooseOfficer && !answers.officer) errors.push({ field: 'officer', text: 'Choose whose leave it is' });
  if (start?.error) errors.push(start.error);
  const startTime = answers.startTime ? parseTime(answers.startTime) : undefined;
  if (!rules.startFixed && answers.startTime && !startTime) errors.push({ field: 'startTime', text: `Enter the start time ${TIME_HINT}, or leave it blank for the start of the day` });
  if (end.error) errors.push(end.error);
  const endTime = answers.endTime ? parseTime(answers.endTime) : undefined;
  if (answers.endTime && !endTime) errors.push({ field: 'endTime', text: `Enter the end time ${TIME_HINT}, or leave it blank for the end of the day` });
  if (!answers.cover) errors.push({ field: 'cover', text: 'Choose who covers the work, or the team queue' });
  if (rules.chooseOfficer && answers.cover && answers.cover === answers.officer) errors.push({ field: 'cover', text: 'Choose someone else to cover: an officer cannot cover their own leave' });
  if (errors.length > 0 || !end.date) return { answers, errors };

  const startsAt = start?.date ? leaveStart(start.date, startTime) : undefined;
  const endsAt = leaveEnd(end.date, endTime);
  if (startsAt && endsAt <= startsAt) return { answers, errors: [dateInputError('endDate', 'The end must be after the start')] };
  return {
    answers,
    errors,
    leave: { officer: answers.officer, startsAt: startsAt?.toISOString(), endsAt: endsAt.toISOString(), cover: answers.cover === TEAM_QUEUE ? null : answers.cover },
  };
}

/** The change form filled in with the leave as it is. */
export function answersOf(leave: { officer: string; startsAt: string; endsAt: string; cover: string | null }): LeaveAnswers {
  const start = formDateOf(leave.startsAt, 'start');
  const end = formDateOf(leave.endsAt, 'end');
  return {
    officer: leave.officer,
    startDate: partsOf(start.date),
    startTime: start.time,
    endDate: partsOf(end.date),
    endTime: end.time,
    cover: leave.cover ?? TEAM_QUEUE,
  };
}

const API_FIELDS: Record<string, string> = { officer: 'officer', startsAt: 'startDate', endsAt: 'endDate', cover: 'cover', coverUsername: 'cover' };
const API_WORDS: [RegExp, string][] = [
  [/no active officer/, 'Choose someone who can still sign in'],
  [/cannot cover their own/, 'Choose someone else to cover: an officer cannot cover their own leave'],
  [/endsAt must be after/, 'The end must be after the start'],
  [/must be in the future/, 'The leave has started: its end must be in the future (cancel the leave to end it now)'],
  [/start cannot change/, 'The leave has started: its start cannot change'],
];

/** compliance-tracker's 400 problems as the form's errors, on the fields the person filled in. */
export function leaveProblems(problems: ApiFieldProblem[]): FieldError[] {
  return problems.map((p) => {
    const field = API_FIELDS[p.field] ?? 'endDate';
    const words = API_WORDS.find(([pattern]) => pattern.test(p.reason))?.[1] ?? p.reason.charAt(0).toUpperCase() + p.reason.slice(1);
    return field.endsWith('Date') ? dateInputError(field, words) : { field, text: words };
  });
}
