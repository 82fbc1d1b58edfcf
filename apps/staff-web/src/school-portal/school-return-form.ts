import { DeletionReasons } from '@homeward/contracts';
import type { ApiFieldProblem } from '../data/api-errors';
import type { SchoolReturnPath, SchoolReturnRequest } from '../data/education-referrals.types';
import { londonDate } from '../web/date-filters';
import { DateInputError, dateInputError, DateParts, DateReading, readDateInput } from '../web/date-input';
import type { FieldError } from '../web/forms';
import { isoDate } from '../web/london-calendar';

/**
 * A school's four returns as web forms: the answers kept as typed, checked in GOV.UK's words,
 * turned into the body education-referrals takes (its DeletionReturnDto, AdmissionReturnDto,
 * AbsenceNoticeDto and SicknessNoticeDto), and its 400 `problems` put back on the form's
 * questions. Pure: no framework, no I/O.
 */

export type SchoolReturnKind = 'deletion' | 'new-pupil' | 'absence' | 'sickness';

export interface SchoolReturnInfo {
  /** The page's address under /school/returns/. */
  slug: SchoolReturnKind;
  /** education-referrals' path under /v1/school-returns/. */
  path: SchoolReturnPath;
  /** staff-web's `schoolReturn` label code. */
  code: 'DELETION' | 'ADMISSION' | 'ABSENCE' | 'SICKNESS';
  name: string;
  title: string;
  /** When the regulations (or the LA) want it, in a sentence. */
  due: string;
}

/** The four returns, in the order the school's home lists them. */
export const SCHOOL_RETURNS: readonly SchoolReturnInfo[] = [
  {
    slug: 'deletion',
    path: 'deletions',
    code: 'DELETION',
    name: 'Deletion return',
    title: 'Send a deletion return',
    due: 'As soon as a ground for deleting a pupil from your admission register is met, and no later than the day you delete them.',
  },
  {
    slug: 'new-pupil',
    path: 'admissions',
    code: 'ADMISSION',
    name: 'New-pupil return',
    title: 'Send a new-pupil return',
    due: 'Within 5 school days of adding a pupil to your admission register at a non-standard time (a mid-year admission).',
  },
  {
    slug: 'absence',
    path: 'absences',
    code: 'ABSENCE',
    name: 'Absence notice',
    title: 'Send an absence notice',
    due: 'When a pupil has been absent without authorisation for 10 or more continuous school days.',
  },
  {
    slug: 'sickness',
    path: 'sickness',
    code: 'SICKNESS',
    name: 'Sickness notice',
    title: 'Send a sickness notice',
    due: 'When a pupil has missed, or will miss, 15 school days through illness, in a row or over the school year.',
  },
];

export function schoolReturnInfo(slug: string): SchoolReturnInfo | undefined {
  return SCHOOL_RETURNS.find((r) => r.slug === slug);
}

/** The deletion grounds education-referrals takes, in the form's order (labels: `cmeDeletionReason`). */
export const DELETION_REASONS = DeletionReasons;
export const TWENTY_DAY_GROUND = 'CONTINUOUS_ABSENCE_20_DAYS';

export const NOTE_MAX = 1_000;
export const ENQUIRY_MAX = 1_000;

const COMMON_TEXT = [
  'givenName', 'familyName', 'upn', 'addressLines', 'postcode',
  'parent1Name', 'parent1Relationship', 'parent1Phone', 'parent1LivesWith',
  'parent2Name', 'parent2Relationship', 'parent2Phone', 'parent2LivesWith',
] as const;
const KIND_TEXT: Record<SchoolReturnKind, readonly string[]> = {
  deletion: ['groundReason', 'groundRegulation', 'groundParagraph', 'destinationName', 'destinationUrn', 'futureAddressLines', 'futurePostcode'],
  'new-pupil': ['previousSchoolName', 'previousSchoolUrn'],
  absence: ['schoolDaysAbsent', 'attendanceCodes', 'enquiry1Made', 'enquiry2Made'],
  sickness: ['schoolDaysMissed', 'note'],
};
const KIND_DATES: Record<SchoolReturnKind, readonly string[]> = {
  deletion: ['dateOfBirth', 'deletionDate', 'absenceStart', 'destinationStartDate'],
  'new-pupil': ['dateOfBirth', 'admissionDate'],
  absence: ['dateOfBirth', 'absenceStart', 'enquiry1MadeOn', 'enquiry2MadeOn'],
  sickness: ['dateOfBirth', 'absenceStart'],
};

/** What each date question is called, as its error messages name it. */
export const DATE_LABELS: Record<string, string> = {
  dateOfBirth: 'Date of birth',
  deletionDate: 'Date of deletion',
  absenceStart: 'First day of absence',
  destinationStartDate: 'Start date at the new school',
  admissionDate: 'Date the pupil joined',
  enquiry1MadeOn: 'Date of the first enquiry',
  enquiry2MadeOn: 'Date of the second enquiry',
};

/** The message for a field that is not right, shared by the form's own checks and education-referrals' refusals. */
const FIELD_HELP: Record<string, string> = {
  givenName: "Enter the pupil's given name, in 100 characters or fewer",
  familyName: "Enter the pupil's family name, in 100 characters or fewer",
  upn: 'Enter the unique pupil number as 13 characters: a letter, 11 numbers, then a number or letter',
  addressLines: "Enter the pupil's address in 5 lines or fewer, each of 200 characters or fewer",
  postcode: 'Enter a real postcode, like NG6 8AB',
  parent1Name: "Enter the parent or carer's name, in 200 characters or fewer",
  parent1Relationship: 'Relationship must be 50 characters or fewer',
  parent1Phone: 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  parent1LivesWith: 'Select whether the pupil normally lives with them',
  parent2Name: "Enter the second parent or carer's name, in 200 characters or fewer",
  parent2Relationship: 'Relationship must be 50 characters or fewer',
  parent2Phone: 'Enter a phone number, like 01632 960 001 or 07700 900 982',
  parent2LivesWith: 'Select whether the pupil normally lives with them',
  groundReason: 'Select the ground for deleting the pupil',
  groundRegulation: 'Enter the regulation as a number, for example 9',
  groundParagraph: 'Enter the paragraph as written in the regulations, for example (1)(f)',
  destinationName: 'Name of the new school must be 200 characters or fewer',
  destinationUrn: "Enter the new school's URN as 6 digits, for example 140123",
  futureAddressLines: 'Enter the new address in 5 lines or fewer, each of 200 characters or fewer',
  futurePostcode: 'Enter a real postcode for the new address, like NG6 8AB',
  previousSchoolName: 'Name of the previous school must be 200 characters or fewer',
  previousSchoolUrn: "Enter the previous school's URN as 6 digits, for example 140123",
  schoolDaysAbsent: 'Enter the number of continuous school days absent: 10 or more',
  attendanceCodes: 'Enter the attendance codes as single capital letters (or #) separated by spaces, for example O O G N',
  enquiry1Made: 'Enter what the school did, in 1,000 characters or fewer',
  enquiry2Made: 'Enter what the school did, in 1,000 characters or fewer',
  schoolDaysMissed: 'Enter the number of school days missed through illness: 15 or more',
  note: 'Note must be 1,000 characters or fewer',
};

export interface SchoolReturnAnswers {
  /** The form's own id, made when it was first shown: sending it twice is one return. */
  returnId: string;
  values: Record<string, string>;
  dates: Record<string, DateParts>;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function emptySchoolReturnAnswers(kind: SchoolReturnKind, returnId: string): SchoolReturnAnswers {
  const values: Record<string, string> = {};
  for (const f of [...COMMON_TEXT, ...KIND_TEXT[kind]]) values[f] = '';
  const dates: Record<string, DateParts> = {};
  for (const f of KIND_DATES[kind]) dates[f] = EMPTY_DATE;
  return { returnId, values, dates };
}

const PHONE = /^\+?[\d ()-]{7,20}$/;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;
const URN = /^\d{6}$/;
const REGULATION = /^\d{1,2}$/;
const PARAGRAPH = /^[()\w]{1,20}$/;
const ATTENDANCE_CODE = /^[A-Z#]$/;

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');
const linesOf = (value: string) => value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const tooLong = (value: string, max: number) => value.length > max;
const badLines = (lines: string[]) => lines.length > 5 || lines.some((l) => l.length > 200);

/** The attendance codes as typed ("o o g, n") read as codes: ['O', 'O', 'G', 'N']. */
export function attendanceCodesOf(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase());
}

type Reading = { answers: SchoolReturnAnswers; errors: FieldError[]; request?: SchoolReturnRequest };

class Checks {
  readonly errors: FieldError[] = [];

  need(field: string, value: string, missing: string, ok = true): void {
    if (value === '') this.errors.push({ field, text: missing });
    else if (!ok) this.errors.push({ field, text: FIELD_HELP[field] });
  }

  may(field: string, value: string, ok: boolean): void {
    if (value !== '' && !ok) this.errors.push({ field, text: FIELD_HELP[field] });
  }

  date(reading: DateReading): void {
    if (reading.error) this.errors.push(reading.error);
  }
}

/** A whole number of days, or undefined for one not typed as such. */
function wholeNumber(value: string): number | undefined {
  return /^\d{1,3}$/.test(value) ? Number(value) : undefined;
}

/**
 * The form as sent: the answers (kept for the page), the errors in GOV.UK's words, and when all
 * is well, the body for education-referrals. `returnId` is the form's hidden id (already made safe).
 */
export function readSchoolReturnForm(kind: SchoolReturnKind, body: Record<string, unknown>, returnId: string): Reading {
  const answers = emptySchoolReturnAnswers(kind, returnId);
  for (const f of Object.keys(answers.values)) answers.values[f] = text(body, f);
  const v = answers.values;
  v.upn = v.upn.toUpperCase().replace(/\s/g, '');
  const twentyDay = kind === 'deletion' && v.groundReason === TWENTY_DAY_GROUND;
  const optionalDates = new Set(['destinationStartDate', 'enquiry1MadeOn', 'enquiry2MadeOn', ...(kind === 'deletion' && !twentyDay ? ['absenceStart'] : [])]);
  const dates: Record<string, DateReading> = {};
  for (const f of KIND_DATES[kind]) {
    dates[f] = readDateInput(body, f, DATE_LABELS[f], { required: !optionalDates.has(f) });
    answers.dates[f] = dates[f].parts;
  }

  const c = new Checks();
  // The pupil
  c.need('givenName', v.givenName, "Enter the pupil's given name", !tooLong(v.givenName, 100));
  c.need('familyName', v.familyName, "Enter the pupil's family name", !tooLong(v.familyName, 100));
  c.date(dates.dateOfBirth);
  c.may('upn', v.upn, UPN.test(v.upn));
  const lines = linesOf(v.addressLines);
  c.need('addressLines', lines.join(' '), "Enter the pupil's address", !badLines(lines));
  c.need('postcode', v.postcode, "Enter the postcode of the pupil's address", POSTCODE.test(v.postcode));

  // The parents: the first always, the second once anything of theirs is typed.
  const secondGiven = Boolean(v.parent2Name || v.parent2Relationship || v.parent2Phone || v.parent2LivesWith);
  for (const n of secondGiven ? [1, 2] : [1]) {
    const p = (f: string) => v[`parent${n}${f}`];
    const who = n === 1 ? 'the parent or carer' : 'the second parent or carer';
    c.need(`parent${n}Name`, p('Name'), `Enter ${who}'s name`, !tooLong(p('Name'), 200));
    c.may(`parent${n}Relationship`, p('Relationship'), !tooLong(p('Relationship'), 50));
    c.need(`parent${n}Phone`, p('Phone'), `Enter a phone number for ${who} in an emergency`, PHONE.test(p('Phone')));
    if (!['yes', 'no'].includes(p('LivesWith'))) c.errors.push({ field: `parent${n}LivesWith`, text: FIELD_HELP[`parent${n}LivesWith`] });
  }
  if (v.parent1LivesWith === 'no' && (!secondGiven || v.parent2LivesWith === 'no')) {
    c.errors.push({ field: 'parent1LivesWith', text: 'Name the parent or carer the pupil normally lives with, as the first or second parent' });
  }

  if (kind === 'deletion') {
    if (!(DELETION_REASONS as readonly string[]).includes(v.groundReason)) c.errors.push({ field: 'groundReason', text: FIELD_HELP.groundReason });
    c.need('groundRegulation', v.groundRegulation, 'Enter the regulation the ground is in, for example 9', REGULATION.test(v.groundRegulation));
    c.need('groundParagraph', v.groundParagraph, 'Enter the paragraph of the regulation, for example (1)(f)', PARAGRAPH.test(v.groundParagraph));
    c.date(dates.deletionDate);
    // Asked (revealed) for the 20-day ground only; a date left in the hidden question is not sent.
    if (twentyDay) c.date(dates.absenceStart);
    c.may('destinationName', v.destinationName, !tooLong(v.destinationName, 200));
    c.may('destinationUrn', v.destinationUrn, URN.test(v.destinationUrn));
    if (v.destinationUrn && URN.test(v.destinationUrn) && !v.destinationName) c.errors.push({ field: 'destinationName', text: 'Enter the name of the new school as well as its URN' });
    c.date(dates.destinationStartDate);
    if (dates.destinationStartDate.date && !v.destinationName) c.errors.push({ field: 'destinationName', text: 'Enter the name of the new school as well as the start date' });
    const future = linesOf(v.futureAddressLines);
    c.may('futureAddressLines', future.join(' '), !badLines(future));
    c.may('futurePostcode', v.futurePostcode, POSTCODE.test(v.futurePostcode));
    if (future.length > 0 && !v.futurePostcode) c.errors.push({ field: 'futurePostcode', text: 'Enter the postcode of the new address' });
    if (v.futurePostcode && future.length === 0) c.errors.push({ field: 'futureAddressLines', text: 'Enter the new address as well as its postcode' });
  }
  if (kind === 'new-pupil') {
    c.date(dates.admissionDate);
    c.may('previousSchoolName', v.previousSchoolName, !tooLong(v.previousSchoolName, 200));
    c.may('previousSchoolUrn', v.previousSchoolUrn, URN.test(v.previousSchoolUrn));
    if (v.previousSchoolUrn && URN.test(v.previousSchoolUrn) && !v.previousSchoolName) c.errors.push({ field: 'previousSchoolName', text: 'Enter the name of the previous school as well as its URN' });
  }
  if (kind === 'absence') {
    c.date(dates.absenceStart);
    const days = wholeNumber(v.schoolDaysAbsent);
    c.need('schoolDaysAbsent', v.schoolDaysAbsent, 'Enter the number of continuous school days the pupil has been absent', days !== undefined && days >= 10);
    const codes = attendanceCodesOf(v.attendanceCodes);
    c.need('attendanceCodes', v.attendanceCodes, 'Enter the attendance codes recorded for those days', codes.length <= 60 && codes.every((code) => ATTENDANCE_CODE.test(code)));
    for (const n of [1, 2]) {
      const made = v[`enquiry${n}Made`];
      const on = dates[`enquiry${n}MadeOn`];
      if (!made && !on.date && !on.error) continue;
      c.need(`enquiry${n}Made`, made, 'Enter what the school did', !tooLong(made, ENQUIRY_MAX));
      if (on.error) c.errors.push(on.error);
      else if (!on.date) c.errors.push(dateInputError(`enquiry${n}MadeOn`, `Enter the ${DATE_LABELS[`enquiry${n}MadeOn`].toLowerCase()}`));
    }
  }
  if (kind === 'sickness') {
    c.date(dates.absenceStart);
    const days = wholeNumber(v.schoolDaysMissed);
    c.need('schoolDaysMissed', v.schoolDaysMissed, 'Enter the number of school days missed through illness', days !== undefined && days >= 15);
    c.may('note', v.note, !tooLong(v.note, NOTE_MAX));
  }

  if (c.errors.length > 0) return { answers, errors: inPageOrder(kind, c.errors) };
  return { answers, errors: [], request: requestOf(kind, answers, dates) };
}

/** The deletion form asks about the deletion before the pupil: its summary lists the errors in that order too. */
const DELETION_FIRST = ['groundReason', 'absenceStart', 'groundRegulation', 'groundParagraph', 'deletionDate'];

function inPageOrder(kind: SchoolReturnKind, errors: FieldError[]): FieldError[] {
  if (kind !== 'deletion') return errors;
  const rank = (e: FieldError) => DELETION_FIRST.indexOf((e as DateInputError).input ?? e.field);
  const first = errors.filter((e) => rank(e) >= 0).sort((a, b) => rank(a) - rank(b));
  return [...first, ...errors.filter((e) => rank(e) < 0)];
}

const iso = (reading: DateReading | undefined) => (reading?.date ? isoDate(reading.date) : undefined);
const address = (lines: string[], postcode: string) => ({ lines, postcode: postcode.toUpperCase() });

/** The checked answers as education-referrals' body: optional parts only when given. */
function requestOf(kind: SchoolReturnKind, answers: SchoolReturnAnswers, dates: Record<string, DateReading>): SchoolReturnRequest {
  const v = answers.values;
  const parent = (n: number) => ({
    name: v[`parent${n}Name`],
    ...(v[`parent${n}Relationship`] && { relationship: v[`parent${n}Relationship`] }),
    emergencyPhone: v[`parent${n}Phone`],
    livesWithPupil: v[`parent${n}LivesWith`] === 'yes',
  });
  const base = {
    returnId: answers.returnId,
    pupil: {
      givenName: v.givenName,
      familyName: v.familyName,
      dateOfBirth: iso(dates.dateOfBirth) as string,
      ...(v.upn && { upn: v.upn }),
      address: address(linesOf(v.addressLines), v.postcode),
    },
    parents: v.parent2Name ? [parent(1), parent(2)] : [parent(1)],
  };
  switch (kind) {
    case 'deletion': {
      const future = linesOf(v.futureAddressLines);
      const startDate = iso(dates.destinationStartDate);
      const absenceStart = v.groundReason === TWENTY_DAY_GROUND ? iso(dates.absenceStart) : undefined;
      return {
        ...base,
        ground: { regulation: v.groundRegulation, paragraph: v.groundParagraph, reason: v.groundReason },
        deletionDate: iso(dates.deletionDate),
        ...(absenceStart && { absenceStart }),
        ...(future.length > 0 && { futureAddress: address(future, v.futurePostcode) }),
        ...(v.destinationName && { destinationSchool: { name: v.destinationName, ...(v.destinationUrn && { urn: v.destinationUrn }), ...(startDate && { startDate }) } }),
      };
    }
    case 'new-pupil':
      return {
        ...base,
        admissionDate: iso(dates.admissionDate),
        ...(v.previousSchoolName && { previousSchool: { name: v.previousSchoolName, ...(v.previousSchoolUrn && { urn: v.previousSchoolUrn }) } }),
      };
    case 'absence':
      return {
        ...base,
        absenceStart: iso(dates.absenceStart),
        schoolDaysAbsent: Number(v.schoolDaysAbsent),
        attendanceCodes: attendanceCodesOf(v.attendanceCodes),
        enquiries: [1, 2].filter((n) => v[`enquiry${n}Made`]).map((n) => ({ madeOn: iso(dates[`enquiry${n}MadeOn`]) as string, made: v[`enquiry${n}Made`] })),
      };
    case 'sickness':
      return { ...base, absenceStart: iso(dates.absenceStart), schoolDaysMissed: Number(v.schoolDaysMissed), ...(v.note && { note: v.note }) };
  }
}

/** education-referrals' field paths (parents.0.name, pupil.address.postcode...) as the form's questions. */
const TEXT_FIELDS: Record<string, string> = {
  pupil: 'givenName',
  'pupil.givenName': 'givenName',
  'pupil.familyName': 'familyName',
  'pupil.upn': 'upn',
  'pupil.address': 'addressLines',
  'pupil.address.lines': 'addressLines',
  'pupil.address.postcode': 'postcode',
  parents: 'parent1LivesWith',
  ground: 'groundReason',
  'ground.reason': 'groundReason',
  'ground.regulation': 'groundRegulation',
  'ground.paragraph': 'groundParagraph',
  futureAddress: 'futureAddressLines',
  'futureAddress.lines': 'futureAddressLines',
  'futureAddress.postcode': 'futurePostcode',
  destinationSchool: 'destinationName',
  'destinationSchool.name': 'destinationName',
  'destinationSchool.urn': 'destinationUrn',
  previousSchool: 'previousSchoolName',
  'previousSchool.name': 'previousSchoolName',
  'previousSchool.urn': 'previousSchoolUrn',
  schoolDaysAbsent: 'schoolDaysAbsent',
  attendanceCodes: 'attendanceCodes',
  enquiries: 'enquiry1Made',
  schoolDaysMissed: 'schoolDaysMissed',
  note: 'note',
};
const DATE_FIELDS: Record<string, string> = {
  'pupil.dateOfBirth': 'dateOfBirth',
  deletionDate: 'deletionDate',
  absenceStart: 'absenceStart',
  'destinationSchool.startDate': 'destinationStartDate',
  admissionDate: 'admissionDate',
};
const PARENT_PARTS: Record<string, string> = { name: 'Name', relationship: 'Relationship', emergencyPhone: 'Phone', livesWithPupil: 'LivesWith', address: 'Name' };

/** The form's question an API field path stands for, and whether it is a date input. */
export function formFieldOf(kind: SchoolReturnKind, apiField: string): { field: string; date: boolean; known: boolean } {
  const parent = /^parents\.(\d+)\.(\w+)/.exec(apiField);
  if (parent && Number(parent[1]) < 2) return { field: `parent${Number(parent[1]) + 1}${PARENT_PARTS[parent[2]] ?? 'Name'}`, date: false, known: true };
  const enquiry = /^enquiries\.(\d+)\.(madeOn|made)$/.exec(apiField);
  if (enquiry && Number(enquiry[1]) < 2) {
    const n = Number(enquiry[1]) + 1;
    return enquiry[2] === 'madeOn' ? { field: `enquiry${n}MadeOn`, date: true, known: true } : { field: `enquiry${n}Made`, date: false, known: true };
  }
  // The nearest path the form knows: `pupil.address.lines.2` is the address question.
  for (let path = apiField; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    if (DATE_FIELDS[path] && KIND_DATES[kind].includes(DATE_FIELDS[path])) return { field: DATE_FIELDS[path], date: true, known: true };
    const field = TEXT_FIELDS[path];
    if (field && (COMMON_TEXT as readonly string[]).includes(field)) return { field, date: false, known: true };
    if (field && KIND_TEXT[kind].includes(field)) return { field, date: false, known: true };
  }
  // A refusal the form has no question for (returnId, an unexpected field): on the first question.
  return { field: 'givenName', date: false, known: false };
}

const API_NAMES_IN_WORDS: [RegExp, string][] = [
  [/pupil\.dateOfBirth/g, "the pupil's date of birth"],
  [/deletionDate/g, 'the date of deletion'],
  [/absenceStart/g, 'the first day of absence'],
  [/admissionDate/g, 'the date the pupil joined'],
];

function sentence(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A refusal's reason in the school's words: the API's field names and dates made readable. */
function reasonInWords(field: string, date: boolean, known: boolean, reason: string): string {
  const label = DATE_LABELS[field];
  if (date && /is in the future$/.test(reason)) return `${label} must be today or in the past`;
  if (date && /is before the pupil was born$/.test(reason)) return `${label} must be after the pupil's date of birth`;
  if (date && /is required/.test(reason)) return field === 'absenceStart' ? 'Enter the first day of the continuous absence: the 20-day ground needs it' : `Enter the ${label.toLowerCase()}`;
  if (field === 'absenceStart' && /is after deletionDate/.test(reason)) return 'First day of absence must be on or before the date of deletion';
  if (field === 'parent1LivesWith' && /livesWithPupil/.test(reason)) return 'Name the parent or carer the pupil normally lives with, as the first or second parent';
  if (!date && known && FIELD_HELP[field]) return FIELD_HELP[field];
  let words = reason;
  for (const [name, inWords] of API_NAMES_IN_WORDS) words = words.replace(name, inWords);
  return sentence(words.replace(/(\d{4}-\d{2}-\d{2})/g, (d) => londonDate(d)));
}

/** education-referrals' 400 `problems` on the form's questions, one message a question. */
export function schoolReturnProblems(kind: SchoolReturnKind, problems: ApiFieldProblem[]): (FieldError | DateInputError)[] {
  const errors: (FieldError | DateInputError)[] = [];
  for (const p of problems) {
    const { field, date, known } = formFieldOf(kind, p.field);
    if (errors.some((e) => ((e as DateInputError).input ?? e.field) === field)) continue;
    const text = reasonInWords(field, date, known, p.reason);
    errors.push(date ? dateInputError(field, text) : { field, text });
  }
  return errors;
}
