import type { CalendarDate } from '@homeward/deadlines';
import { DateParts, dateInputError, partsOf, readDateInput } from './date-input';
import type { FieldError } from './forms';
import { addToDate, compareDates, isoDate, parseIsoDate } from './london-calendar';

/** A period of whole London days, both ends included. */
export interface DatePeriod {
  from: CalendarDate;
  to: CalendarDate;
}

export interface PeriodReading {
  /** What the date inputs show: as typed, or the period read. */
  parts: { from: DateParts; to: DateParts };
  period?: DatePeriod;
  errors: FieldError[];
  /** The date inputs were sent: the page redirects to `?from=YYYY-MM-DD&to=YYYY-MM-DD`, the address to share. */
  fromForm: boolean;
}

export interface PeriodRules {
  /** When the query names no period. */
  defaultPeriod: DatePeriod;
  /** The longest period allowed, in years (both ends included: 3 years from 1 January ends on 31 December). */
  maxYears: number;
  maxText: string;
}

/** `2025-13-01` kept as typed in the inputs, so the person sees what was wrong. */
function partsAsTyped(value: string): DateParts {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day, month, year };
}

function readEnd(query: Record<string, unknown>, name: 'from' | 'to', label: string): { parts: DateParts; date?: CalendarDate; error?: FieldError } {
  const value = query[name];
  if (typeof value === 'string' && value !== '') {
    const date = parseIsoDate(value);
    return date ? { parts: partsOf(date), date } : { parts: partsAsTyped(value), error: dateInputError(name, `${label} must be a real date`) };
  }
  return readDateInput(query, name, label);
}

/**
 * The period a page's query asks for, either as the date inputs send it (`from-day`...) or as
 * its own address carries it (`from=2025-10-01&to=2025-10-31`); without either, the default.
 */
export function readPeriod(query: Record<string, unknown>, rules: PeriodRules): PeriodReading {
  const fromForm = Object.keys(query).some((k) => /^(from|to)-(day|month|year)$/.test(k));
  if (!fromForm && !query.from && !query.to) {
    const period = rules.defaultPeriod;
    return { parts: { from: partsOf(period.from), to: partsOf(period.to) }, period, errors: [], fromForm };
  }
  const from = readEnd(query, 'from', 'Start date');
  const to = readEnd(query, 'to', 'End date');
  const parts = { from: from.parts, to: to.parts };
  const errors = [from.error, to.error].filter((e): e is FieldError => Boolean(e));
  if (errors.length > 0 || !from.date || !to.date) return { parts, errors, fromForm };
  if (compareDates(to.date, from.date) < 0) return { parts, errors: [dateInputError('to', 'End date must be the same as or after the start date')], fromForm };
  if (compareDates(to.date, addToDate(from.date, { years: rules.maxYears, days: -1 })) > 0) return { parts, errors: [dateInputError('to', rules.maxText)], fromForm };
  return { parts, period: { from: from.date, to: to.date }, errors, fromForm };
}

export function periodQuery(period: DatePeriod): string {
  return `from=${isoDate(period.from)}&to=${isoDate(period.to)}`;
}
