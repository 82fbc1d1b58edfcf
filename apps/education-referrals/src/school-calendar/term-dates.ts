import { readFileSync } from 'node:fs';
import { academicYearOf, isCalendarDate, isWeekend } from './calendar-dates';

/** The LA's term dates: configuration, one entry per academic year (1 August to 31 July). */
export interface TermDates {
  localAuthority: string;
  academicYears: AcademicYear[];
}

export interface AcademicYear {
  /** '2026/27' */
  year: string;
  terms: Term[];
  /** Staff training days inside a term: no pupils, so not school days. */
  insetDays: string[];
}

export interface Term {
  name: string;
  start: string;
  end: string;
  halfTerm?: { start: string; end: string };
}

/** A term dates file that cannot be trusted, or a date it does not cover: the message names the year and the field. */
export class TermDatesError extends Error {
  override readonly name = 'TermDatesError';
}

export function loadTermDates(path: string): TermDates {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TermDatesError(`term dates file ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  return parseTermDates(json);
}

export function parseTermDates(json: unknown): TermDates {
  const file = json as Partial<TermDates> | null;
  if (!file || typeof file !== 'object') throw new TermDatesError('term dates must be an object with localAuthority and academicYears');
  if (typeof file.localAuthority !== 'string' || !file.localAuthority.trim()) throw new TermDatesError('localAuthority is required');
  if (!Array.isArray(file.academicYears) || file.academicYears.length === 0) throw new TermDatesError('academicYears must list at least one academic year');
  const years = file.academicYears.map((year, index) => parseAcademicYear(year, index));
  for (let i = 1; i < years.length; i++) {
    const expected = nextYearLabel(years[i - 1].year);
    if (years[i].year !== expected) throw new TermDatesError(`academic year ${years[i].year}: expected ${expected} after ${years[i - 1].year} (years in order, none missing)`);
  }
  return { localAuthority: file.localAuthority, academicYears: years };
}

function parseAcademicYear(raw: unknown, index: number): AcademicYear {
  const year = raw as Partial<AcademicYear> | null;
  const label = typeof year?.year === 'string' ? year.year : `academicYears[${index}]`;
  const fail = (field: string, reason: string): never => {
    throw new TermDatesError(`academic year ${label}: ${[field, reason].filter(Boolean).join(' ')}`);
  };
  if (!year || typeof year !== 'object') return fail('', 'must be an object');
  if (typeof year.year !== 'string' || !/^\d{4}\/\d{2}$/.test(year.year) || Number(year.year.slice(5)) !== (Number(year.year.slice(0, 4)) + 1) % 100) {
    return fail('year', "must be two consecutive years, like '2026/27'");
  }
  if (!Array.isArray(year.terms) || year.terms.length === 0) return fail('terms', 'must list at least one term');
  const terms = year.terms.map((term, t) => parseTerm(term, `terms[${t}]`, label, fail));
  for (let t = 1; t < terms.length; t++) {
    if (terms[t].start <= terms[t - 1].end) fail(`terms[${t}].start`, `must be after the end of ${terms[t - 1].name} (${terms[t - 1].end})`);
  }
  const insetDays = Array.isArray(year.insetDays) ? year.insetDays : fail('insetDays', 'must be a list of dates (it may be empty)');
  insetDays.forEach((day, d) => {
    if (!isCalendarDate(day)) fail(`insetDays[${d}]`, `"${String(day)}" is not a date (YYYY-MM-DD)`);
    if (isWeekend(day)) fail(`insetDays[${d}]`, `${day} is a weekend`);
    if (!terms.some((term) => day >= term.start && day <= term.end)) fail(`insetDays[${d}]`, `${day} is not inside a term`);
    if (terms.some((term) => term.halfTerm && day >= term.halfTerm.start && day <= term.halfTerm.end)) fail(`insetDays[${d}]`, `${day} is in a half term`);
  });
  return { year: year.year, terms, insetDays: [...insetDays] };
}

function parseTerm(raw: unknown, field: string, label: string, fail: (field: string, reason: string) => never): Term {
  const term = raw as Partial<Term> | null;
  if (!term || typeof term !== 'object') return fail(field, 'must be an object');
  if (typeof term.name !== 'string' || !term.name.trim()) fail(`${field}.name`, 'is required');
  for (const end of ['start', 'end'] as const) {
    if (!isCalendarDate(term[end])) fail(`${field}.${end}`, `"${String(term[end])}" is not a date (YYYY-MM-DD)`);
    if (academicYearOf(term[end] as string) !== label) fail(`${field}.${end}`, `${String(term[end])} is outside ${label} (1 August to 31 July)`);
  }
  if ((term.end as string) < (term.start as string)) fail(`${field}.end`, 'is before its start');
  if (term.halfTerm !== undefined) {
    const half = term.halfTerm;
    if (!isCalendarDate(half?.start) || !isCalendarDate(half?.end)) fail(`${field}.halfTerm`, 'needs start and end dates (YYYY-MM-DD)');
    if (half.end < half.start) fail(`${field}.halfTerm.end`, 'is before its start');
    if (half.start <= (term.start as string) || half.end >= (term.end as string)) fail(`${field}.halfTerm`, `must be inside the term (${term.start} to ${term.end})`);
  }
  return { name: term.name as string, start: term.start as string, end: term.end as string, ...(term.halfTerm ? { halfTerm: { ...term.halfTerm } } : {}) };
}

function nextYearLabel(label: string): string {
  const start = Number(label.slice(0, 4)) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}
