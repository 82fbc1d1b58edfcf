import type { ApiFieldProblem } from '../../data/api-errors';
import type { EnquiryResult, NewEnquiry, ReasonableEnquiryCode } from '../../data/education-referrals.types';
import { DateParts, dateInputError, readDateInput } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { labelOptions } from '../../web/labels';
import { compareDates, isoDate, londonToday } from '../../web/london-calendar';

/**
 * The "record an enquiry" form as posted: the answers kept as typed, the page's checks in GOV.UK's
 * words, and, when all is well, education-referrals' RecordEnquiryDto. Pure.
 */

export const NOTE_MAX = 2_000;
export const REASONABLE_ENQUIRIES = labelOptions('reasonableEnquiry').map((o) => o.value as ReasonableEnquiryCode);
export const ENQUIRY_RESULTS = labelOptions('enquiryResult').map((o) => o.value as EnquiryResult);

export interface EnquiryAnswers {
  enquiry: string;
  madeOn: DateParts;
  result: string;
  note: string;
}

export const NO_ENQUIRY_ANSWERS: EnquiryAnswers = { enquiry: '', madeOn: { day: '', month: '', year: '' }, result: '', note: '' };

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');

export function readEnquiryForm(body: Record<string, unknown>, now: Date): { answers: EnquiryAnswers; errors: FieldError[]; enquiry?: NewEnquiry } {
  const madeOn = readDateInput(body, 'madeOn', 'Date the enquiry was made');
  const answers: EnquiryAnswers = { enquiry: text(body, 'enquiry'), madeOn: madeOn.parts, result: text(body, 'result'), note: text(body, 'note').trim() };
  const errors: FieldError[] = [];
  if (!(REASONABLE_ENQUIRIES as string[]).includes(answers.enquiry)) errors.push({ field: 'enquiry', text: 'Select the enquiry you made' });
  if (madeOn.error) errors.push(madeOn.error);
  else if (madeOn.date && compareDates(madeOn.date, londonToday(now)) > 0) errors.push(dateInputError('madeOn', 'Date the enquiry was made must be today or in the past'));
  if (!(ENQUIRY_RESULTS as string[]).includes(answers.result)) errors.push({ field: 'result', text: 'Select what the enquiry found' });
  if (answers.note.length > NOTE_MAX) errors.push({ field: 'note', text: `Note must be ${NOTE_MAX.toLocaleString('en-GB')} characters or fewer` });
  if (errors.length > 0 || !madeOn.date) return { answers, errors };
  return {
    answers,
    errors,
    enquiry: { enquiry: answers.enquiry as ReasonableEnquiryCode, madeOn: isoDate(madeOn.date), result: answers.result as EnquiryResult, ...(answers.note && { note: answers.note }) },
  };
}

const MESSAGES: Record<string, string> = {
  enquiry: 'Select the enquiry you made',
  result: 'Select what the enquiry found',
  note: `Note must be ${NOTE_MAX.toLocaleString('en-GB')} characters or fewer`,
};

/** education-referrals' 400 `problems`, each on its question: the date on its date input. */
export function enquiryProblems(problems: ApiFieldProblem[]): FieldError[] {
  return problems.map((p) => {
    if (p.field === 'madeOn') return dateInputError('madeOn', /future/.test(p.reason) ? 'Date the enquiry was made must be today or in the past' : 'Date the enquiry was made must be a real date');
    const text = MESSAGES[p.field] ?? p.reason.charAt(0).toUpperCase() + p.reason.slice(1);
    return { field: MESSAGES[p.field] ? p.field : 'enquiry', text };
  });
}
