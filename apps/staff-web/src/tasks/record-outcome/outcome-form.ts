import { londonWallTimeToInstant } from '@homeward/deadlines';
import type { RecordOutcomeBody } from '../../data/compliance-tracker.types';
import type { ApiFieldProblem } from '../../data/api-errors';
import { DateInputError, dateInputError, readDateInput } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { compareDates, londonToday } from '../../web/london-calendar';
import { parseTimeOfDay } from '../../web/time-input';
import type { OutcomeKind } from './outcome-options';
import { AGENCIES, DECLINED_REASONS, INSTANT_OF, InstantField, instantWords, NOT_OFFERED_REASONS, OFFER_METHODS } from './outcome-words';

/**
 * The outcome form as posted: the answers kept as typed (to show again), the page's own checks
 * in GOV.UK's words, and, when all is well, compliance-tracker's RecordOutcomeDto. Pure.
 */

export type OutcomeAnswers = Record<string, string | string[]>;

export interface OutcomeFormContext {
  taskType: string;
  allowed: OutcomeKind[];
  now: Date;
  /** The child's personal data was erased: no summary or actions are asked for or sent. */
  childErased?: boolean;
}

export interface OutcomeReading {
  answers: OutcomeAnswers;
  errors: FieldError[];
  body?: RecordOutcomeBody;
}

export const SUMMARY_MAX = 10_000;
const ACTIONS_MAX = 50;
const ACTION_MAX = 2_000;
const SIMPLE_FIELDS = ['kind', 'offeredHow', 'declinedReason', 'notOfferedReason', 'interviewerIndependent', 'summary', 'actions'];
const INSTANTS: InstantField[] = ['offeredAt', 'acceptedAt', 'heldAt', 'doneAt'];

const text = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const list = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Everything the form could hold, as typed: fields of the other choices are kept too, so a changed mind loses nothing. */
export function answersOf(body: unknown): OutcomeAnswers {
  const raw = (body ?? {}) as Record<string, unknown>;
  const answers: OutcomeAnswers = {};
  for (const f of SIMPLE_FIELDS) answers[f] = text(raw[f]);
  for (const f of INSTANTS) for (const part of ['day', 'month', 'year', 'time']) answers[`${f}-${part}`] = text(raw[`${f}-${part}`]).trim();
  answers.attendeeAgencies = list(raw.attendeeAgencies);
  return answers;
}

/** A date input and a time input read as one London instant, not in the future. */
function readInstant(answers: OutcomeAnswers, field: InstantField, words: string, now: Date): { at?: string; errors: FieldError[] } {
  const dateLabel = `Date ${words}`;
  const timeLabel = `Time ${words}`;
  const date = readDateInput(answers, field, dateLabel);
  const timeText = text(answers[`${field}-time`]);
  const time = parseTimeOfDay(timeText);
  const errors: FieldError[] = [];
  if (date.error) errors.push(date.error);
  else if (date.date && compareDates(date.date, londonToday(now)) > 0) errors.push(dateInputError(field, `${dateLabel} must be today or in the past`));
  if (!timeText) errors.push({ field: `${field}-time`, text: `Enter the ${timeLabel.toLowerCase()}` });
  else if (!time) errors.push({ field: `${field}-time`, text: `${timeLabel} must be a real time, like 9:30am or 14:30` });
  if (errors.length || !date.date || !time) return { errors };
  const at = londonWallTimeToInstant(date.date, { ...time, seconds: 0, milliseconds: 0 });
  if (at.getTime() > now.getTime()) return { errors: [{ field: `${field}-time`, text: `${timeLabel} must be now or in the past` }] };
  return { at: at.toISOString(), errors: [] };
}

function oneOf(answers: OutcomeAnswers, field: string, words: Record<string, string>, message: string, errors: FieldError[]): string | undefined {
  const value = text(answers[field]);
  if (value in words) return value;
  errors.push({ field, text: message });
  return undefined;
}

export function readOutcomeForm(body: unknown, context: OutcomeFormContext): OutcomeReading {
  const answers = answersOf(body);
  const errors: FieldError[] = [];
  const kind = (context.allowed.length === 1 ? context.allowed[0] : text(answers.kind)) as OutcomeKind;
  if (!context.allowed.includes(kind)) return { answers, errors: [{ field: 'kind', text: 'Select what happened' }] };
  answers.kind = kind;

  const instantField = INSTANT_OF[kind];
  const instant = instantField ? readInstant(answers, instantField, instantWords(kind, context.taskType), context.now) : undefined;
  if (instant) errors.push(...instant.errors);
  const dto: RecordOutcomeBody = { kind };
  if (instantField && instant?.at) dto[instantField] = instant.at;

  switch (kind) {
    case 'OFFERED':
      dto.offeredHow = oneOf(answers, 'offeredHow', OFFER_METHODS, 'Select how the interview was offered', errors);
      break;
    case 'DECLINED':
      dto.declinedReason = oneOf(answers, 'declinedReason', DECLINED_REASONS, 'Select why the interview was declined', errors);
      break;
    case 'NOT_OFFERED':
      dto.notOfferedReason = oneOf(answers, 'notOfferedReason', NOT_OFFERED_REASONS, 'Select why no interview will be offered', errors);
      break;
    case 'HELD': {
      const independent = text(answers.interviewerIndependent);
      if (independent === 'yes' || independent === 'no') dto.interviewerIndependent = independent === 'yes';
      else errors.push({ field: 'interviewerIndependent', text: "Select whether the interviewer was independent of the child's care" });
      const summary = text(answers.summary).trim();
      if (context.childErased) break;
      if (!summary) errors.push({ field: 'summary', text: 'Enter a summary of the interview' });
      else if (summary.length > SUMMARY_MAX) errors.push({ field: 'summary', text: `Summary must be ${SUMMARY_MAX.toLocaleString('en-GB')} characters or fewer` });
      else dto.summary = summary;
      break;
    }
    case 'MEETING_HELD': {
      const agencies = list(answers.attendeeAgencies);
      if (agencies.length === 0 || agencies.some((a) => !(a in AGENCIES))) errors.push({ field: 'attendeeAgencies', text: 'Select the agencies that took part' });
      else dto.attendeeAgencies = [...new Set(agencies)];
      if (context.childErased) break;
      // One action a line: the service keeps them as a list.
      const actions = text(answers.actions).split(/\r?\n/).map((a) => a.trim()).filter(Boolean);
      if (actions.length > ACTIONS_MAX) errors.push({ field: 'actions', text: `Enter ${ACTIONS_MAX} actions or fewer` });
      else if (actions.some((a) => a.length > ACTION_MAX)) errors.push({ field: 'actions', text: `Each action must be ${ACTION_MAX.toLocaleString('en-GB')} characters or fewer` });
      else dto.actions = actions;
      break;
    }
    default:
      break;
  }
  return errors.length ? { answers, errors } : { answers, errors, body: dto };
}

/**
 * compliance-tracker's 400 `problems`, each on its input: an instant on its date input, the
 * rest on the field of the same name; in the page's words where it knows the reason.
 */
const FIELD_MESSAGES: Record<string, string> = {
  offeredHow: 'Select how the interview was offered',
  declinedReason: 'Select why the interview was declined',
  notOfferedReason: 'Select why no interview will be offered',
  interviewerIndependent: "Select whether the interviewer was independent of the child's care",
  summary: `Enter a summary of the interview, of ${SUMMARY_MAX.toLocaleString('en-GB')} characters or fewer`,
  attendeeAgencies: 'Select the agencies that took part',
  actions: `Enter ${ACTIONS_MAX} actions or fewer, each of ${ACTION_MAX.toLocaleString('en-GB')} characters or fewer`,
};

export function problemsAsErrors(problems: ApiFieldProblem[], kind: OutcomeKind, taskType: string): (FieldError | DateInputError)[] {
  return problems.map((p) => {
    if ((INSTANTS as string[]).includes(p.field)) {
      const label = `Date ${instantWords(kind, taskType)}`;
      return dateInputError(p.field, /future/.test(p.reason) ? `${label} must be today or in the past` : `${label}: ${p.reason}`);
    }
    return { field: p.field, text: FIELD_MESSAGES[p.field] ?? capitalise(p.reason) };
  });
}
