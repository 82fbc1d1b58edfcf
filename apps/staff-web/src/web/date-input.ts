import type { CalendarDate } from '@homeward/deadlines';
import type { FieldError } from './forms';
import { parseIsoDate } from './london-calendar';

/**
 * GOV.UK date inputs (`<name>-day`, `<name>-month`, `<name>-year`): read as typed, checked with
 * the design system's messages, and turned back into the macro's parameters with the answers
 * kept and only the wrong parts marked.
 */

export type DatePart = 'day' | 'month' | 'year';
const PARTS: DatePart[] = ['day', 'month', 'year'];

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A date input's error: the summary links to the first wrong part; `wrong` marks the parts. */
export interface DateInputError extends FieldError {
  input: string;
  wrong: DatePart[];
}

export interface DateReading {
  parts: DateParts;
  date?: CalendarDate;
  error?: DateInputError;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : undefined;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const listOf = (parts: DatePart[]) => (parts.length === 1 ? `a ${parts[0]}` : `a ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** An error on a date input that the page found (end before start, a period too long...). */
export function dateInputError(input: string, text: string, wrong: DatePart[] = PARTS): DateInputError {
  return { field: `${input}-${wrong[0]}`, input, text, wrong };
}

/** `label` as the page names the field: "Start date". Empty parts with `required: false` read as no date and no error. */
export function readDateInput(source: Record<string, unknown>, name: string, label: string, options: { required?: boolean } = {}): DateReading {
  const text = (part: DatePart) => {
    const value = source[`${name}-${part}`];
    return typeof value === 'string' ? value.trim() : '';
  };
  const parts: DateParts = { day: text('day'), month: text('month'), year: text('year') };
  const missing = PARTS.filter((p) => parts[p] === '');
  if (missing.length === 3) return options.required === false ? { parts } : { parts, error: dateInputError(name, `Enter the ${lowerFirst(label)}`) };
  if (missing.length > 0) return { parts, error: dateInputError(name, `${label} must include ${listOf(missing)}`, missing) };

  if (!/^\d{4}$/.test(parts.year)) return { parts, error: dateInputError(name, 'Year must include 4 numbers', ['year']) };
  const month = monthNumber(parts.month);
  const notReal = () => ({ parts, error: dateInputError(name, `${label} must be a real date`) });
  if (!/^\d{1,2}$/.test(parts.day) || month === undefined) return notReal();
  const date = parseIsoDate(`${parts.year}-${String(month).padStart(2, '0')}-${parts.day.padStart(2, '0')}`);
  return date ? { parts, date } : notReal();
}

/** The parts to show for a date already known (a period in the URL, a leave being changed). */
export function partsOf(date: CalendarDate | undefined): DateParts {
  return date ? { day: String(date.day), month: String(date.month), year: String(date.year) } : { day: '', month: '', year: '' };
}

/** The parts of a `YYYY-MM-DD` string, or the string as typed when it is not a date (kept, not lost). */
export function partsOfIso(value: string): DateParts {
  return partsOf(parseIsoDate(value));
}

/** govukDateInput's parameters: `{{ govukDateInput(form.startDate) }}`. */
export function dateInputParams(
  name: string,
  parts: DateParts,
  errors: FieldError[] | undefined,
  text: { legend: string; hint?: string; legendClasses?: string },
) {
  const error = (errors ?? []).find((e): e is DateInputError => (e as DateInputError).input === name);
  return {
    id: name,
    namePrefix: name,
    fieldset: { legend: { text: text.legend, classes: text.legendClasses ?? 'govuk-fieldset__legend--s' } },
    hint: text.hint ? { text: text.hint } : undefined,
    values: parts,
    items: PARTS.map((part) => ({ name: part, error: Boolean(error?.wrong.includes(part)) })),
    errorMessage: error ? { text: error.text } : undefined,
  };
}
