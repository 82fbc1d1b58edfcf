import type { ApiFieldProblem } from '../../data/api-errors';
import type { CmeOutcomeBody } from '../../data/education-referrals.types';
import { londonDate } from '../../web/date-filters';
import { DateInputError, dateInputError, readDateInput } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { labelOptions } from '../../web/labels';
import { compareDates, isoDate, londonToday } from '../../web/london-calendar';

/**
 * The "record the outcome" form as posted: one radio an outcome, each revealing the facts that
 * outcome rests on (education-referrals' outcome rules), then the day it was resolved. Answers are
 * kept as typed; when all is well, its RecordOutcomeDto. Pure.
 */

export type CmeOutcomeAnswers = Record<string, string>;

/** The form's own fields: one set an outcome, so two reveals never share a name or an id. */
export const TEXT_FIELDS = ['outcome', 'onRollSchool', 'onRollUrn', 'onRollInArea', 'placeSchool', 'placeUrn', 'authority', 'country', 'referredTo'] as const;
export const DATE_FIELDS = ['resolvedOn', 'authorityToldOn', 'ctfUploadedOn', 'referredOn'] as const;
type DateField = (typeof DATE_FIELDS)[number];

export const DATE_LABELS: Record<DateField, string> = {
  resolvedOn: 'Date the case was resolved',
  authorityToldOn: 'Date you told that authority',
  ctfUploadedOn: 'Date the lost CTF was uploaded',
  referredOn: 'Date of the referral',
};

const URN = /^\d{6}$/;
const AUTHORITY = /^[A-Za-z0-9-]{1,20}$/;
const ALL_OUTCOMES = labelOptions('cmeOutcome').map((o) => o.value);

/** S19_CONSIDERED closes only a case a sickness notice began (education-referrals refuses it otherwise). */
export function outcomesFor(source: string): string[] {
  return ALL_OUTCOMES.filter((o) => o !== 'S19_CONSIDERED' || source === 'SCHOOL_SICKNESS_NOTICE');
}

const str = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');

export function answersOf(body: Record<string, unknown>): CmeOutcomeAnswers {
  const answers: CmeOutcomeAnswers = {};
  for (const f of TEXT_FIELDS) answers[f] = str(body, f);
  for (const f of DATE_FIELDS) for (const part of ['day', 'month', 'year']) answers[`${f}-${part}`] = str(body, `${f}-${part}`);
  return answers;
}

function required(errors: FieldError[], answers: CmeOutcomeAnswers, field: string, missing: string, max: number, what: string): string | undefined {
  const value = answers[field];
  if (!value) errors.push({ field, text: missing });
  else if (value.length > max) errors.push({ field, text: `${what} must be ${max} characters or fewer` });
  else return value;
  return undefined;
}

function urn(errors: FieldError[], answers: CmeOutcomeAnswers, field: string): string | undefined {
  const value = answers[field];
  if (value && !URN.test(value)) errors.push({ field, text: "Enter the school's URN as 6 digits, for example 140123" });
  return value || undefined;
}

function pastDate(errors: FieldError[], answers: CmeOutcomeAnswers, field: DateField, now: Date, options: { required?: boolean } = {}): string | undefined {
  const reading = readDateInput(answers, field, DATE_LABELS[field], options);
  if (reading.error) errors.push(reading.error);
  else if (reading.date && compareDates(reading.date, londonToday(now)) > 0) errors.push(dateInputError(field, `${DATE_LABELS[field]} must be today or in the past`));
  else if (reading.date) return isoDate(reading.date);
  return undefined;
}

export function readCmeOutcomeForm(body: Record<string, unknown>, context: { source: string; now: Date }): { answers: CmeOutcomeAnswers; errors: FieldError[]; outcome?: CmeOutcomeBody } {
  const answers = answersOf(body);
  const errors: FieldError[] = [];
  const outcome = answers.outcome;
  if (!outcomesFor(context.source).includes(outcome)) errors.push({ field: 'outcome', text: 'Select the outcome' });
  const dto: Partial<CmeOutcomeBody> = { outcome };
  switch (outcome) {
    case 'ON_ROLL_ELSEWHERE': {
      const name = required(errors, answers, 'onRollSchool', 'Enter the name of the school the child is on roll at', 200, 'School name');
      const code = urn(errors, answers, 'onRollUrn');
      if (name) dto.school = { name, ...(code && { urn: code }) };
      if (answers.onRollInArea === 'yes' || answers.onRollInArea === 'no') dto.schoolInArea = answers.onRollInArea === 'yes';
      else errors.push({ field: 'onRollInArea', text: 'Select whether the school is in this authority' });
      break;
    }
    case 'PLACE_ARRANGED': {
      const name = required(errors, answers, 'placeSchool', 'Enter the name of the school the place is at', 200, 'School name');
      const code = urn(errors, answers, 'placeUrn');
      if (name) dto.school = { name, ...(code && { urn: code }) };
      break;
    }
    case 'MOVED_TO_ANOTHER_LA': {
      const authority = answers.authority;
      if (!AUTHORITY.test(authority)) errors.push({ field: 'authority', text: authority ? 'Choose the authority now responsible from the list' : 'Choose the authority now responsible' });
      else dto.authority = authority;
      // Homeward sends that authority the hand-over notice: the day a CMO told it first (by phone) is optional.
      dto.authorityToldOn = pastDate(errors, answers, 'authorityToldOn', context.now, { required: false });
      break;
    }
    case 'LEFT_THE_COUNTRY':
      dto.country = required(errors, answers, 'country', 'Enter the country the child has gone to', 100, 'Country');
      break;
    case 'WHEREABOUTS_UNKNOWN':
      dto.ctfUploadedOn = pastDate(errors, answers, 'ctfUploadedOn', context.now);
      break;
    case 'SAFEGUARDING_REFERRAL':
      dto.referredTo = required(errors, answers, 'referredTo', 'Enter who the referral was made to', 200, 'Who it was made to');
      dto.referredOn = pastDate(errors, answers, 'referredOn', context.now);
      break;
    default:
      break;
  }
  dto.resolvedOn = pastDate(errors, answers, 'resolvedOn', context.now);
  if (errors.length > 0) return { answers, errors };
  // Only the facts this outcome rests on go: undefined ones are left out of the body.
  const outcomeBody = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as unknown as CmeOutcomeBody;
  return { answers, errors, outcome: outcomeBody };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The reason in the page's words: dates as dates, and what to do before "whereabouts unknown". */
function inWords(reason: string): string {
  if (/is not in the directory of local authorities/.test(reason)) return "Choose the authority now responsible from the list: that one is no longer in Homeward's directory";
  const enquiries = /^every reasonable enquiry must be made first: (.*)$/.exec(reason);
  if (enquiries) return `Make every reasonable enquiry before recording whereabouts unknown: ${enquiries[1]}`;
  if (/enquiry found the child/.test(reason)) return 'An enquiry found the child: record where they are, not whereabouts unknown';
  const before = /before the first day missing \((\d{4}-\d{2}-\d{2})\)/.exec(reason);
  if (before) return `Date the case was resolved must be on or after the first day missing, ${londonDate(before[1])}`;
  return capitalise(reason);
}

/** education-referrals' 400 `problems`, each on the question it names (the school's on the chosen outcome's reveal). */
export function cmeOutcomeProblems(problems: ApiFieldProblem[], outcome: string): (FieldError | DateInputError)[] {
  const school = outcome === 'PLACE_ARRANGED' ? 'place' : 'onRoll';
  const fields: Record<string, string> = {
    outcome: 'outcome',
    school: `${school}School`,
    'school.name': `${school}School`,
    'school.urn': `${school}Urn`,
    schoolInArea: 'onRollInArea',
    authority: 'authority',
    country: 'country',
    referredTo: 'referredTo',
  };
  return problems.map((p) => {
    if ((DATE_FIELDS as readonly string[]).includes(p.field)) {
      const field = p.field as DateField;
      const text = /future/.test(p.reason) ? `${DATE_LABELS[field]} must be today or in the past` : p.field === 'resolvedOn' ? inWords(p.reason) : `Enter the ${DATE_LABELS[field].toLowerCase()}`;
      return dateInputError(field, text);
    }
    return { field: fields[p.field] ?? 'outcome', text: inWords(p.reason) };
  });
}
