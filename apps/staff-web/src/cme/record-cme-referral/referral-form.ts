import type { ApiFieldProblem } from '../../data/api-errors';
import type { NewCmeReferral } from '../../data/education-referrals.types';
import { londonDate } from '../../web/date-filters';
import { DateInputError, dateInputError, DateParts, readDateInput } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { compareDates, isoDate, londonToday } from '../../web/london-calendar';

/**
 * The "record a referral" form: another local authority's or an agency's referral of a child
 * who may be missing education, as the CMO took it (by phone, email or letter). Answers kept as
 * typed, checked in GOV.UK's words; when all is well, education-referrals' AgencyReferralDto. Pure.
 */

/** education-referrals' AgencySources (schools send returns instead), in the form's order. */
export const AGENCY_SOURCES = ['OTHER_LOCAL_AUTHORITY', 'POLICE', 'HEALTH', 'HOUSING', 'PUBLIC', 'OTHER_AGENCY'] as const;
export const REASON_MAX = 2_000;

const TEXT_FIELDS = [
  'source', 'referrerName', 'referrerOrganisation', 'referrerPhone',
  'givenName', 'familyName', 'upn', 'addressLines', 'postcode', 'schoolName', 'schoolUrn',
  'parentName', 'parentRelationship', 'parentPhone', 'parentLivesWith', 'reason',
] as const;
const DATE_FIELDS = ['dateOfBirth', 'receivedOn', 'missingSince'] as const;
type DateField = (typeof DATE_FIELDS)[number];
const DATE_LABELS: Record<DateField, string> = { dateOfBirth: 'Date of birth', receivedOn: 'Date the referral was received', missingSince: 'Date the child was last in education' };

export type ReferralAnswers = Record<(typeof TEXT_FIELDS)[number], string> & Record<DateField, DateParts> & { referralId: string };

const PHONE = /^\+?[\d ()-]{7,20}$/;
const UPN = /^[A-Z]\d{11}[0-9A-Z]$/;
const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;
const URN = /^\d{6}$/;

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function emptyReferralAnswers(referralId: string): ReferralAnswers {
  const answers = { referralId } as ReferralAnswers;
  for (const f of TEXT_FIELDS) answers[f] = '';
  for (const f of DATE_FIELDS) answers[f] = EMPTY_DATE;
  return answers;
}

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');

function required(errors: FieldError[], field: string, value: string, max: number, missing: string, what: string): void {
  if (value === '') errors.push({ field, text: missing });
  else if (value.length > max) errors.push({ field, text: `${what} must be ${max.toLocaleString('en-GB')} characters or fewer` });
}

function optional(errors: FieldError[], field: string, value: string, max: number, what: string): void {
  if (value.length > max) errors.push({ field, text: `${what} must be ${max} characters or fewer` });
}

export function readReferralForm(body: Record<string, unknown>, referralId: string, now: Date): { answers: ReferralAnswers; errors: FieldError[]; referral?: NewCmeReferral } {
  const answers = emptyReferralAnswers(referralId);
  for (const f of TEXT_FIELDS) answers[f] = text(body, f);
  answers.upn = answers.upn.toUpperCase().replace(/\s/g, '');
  const dates = {
    dateOfBirth: readDateInput(body, 'dateOfBirth', DATE_LABELS.dateOfBirth),
    receivedOn: readDateInput(body, 'receivedOn', DATE_LABELS.receivedOn),
    missingSince: readDateInput(body, 'missingSince', DATE_LABELS.missingSince, { required: false }),
  };
  for (const f of DATE_FIELDS) answers[f] = dates[f].parts;

  const errors: FieldError[] = [];
  const today = londonToday(now);
  if (!(AGENCY_SOURCES as readonly string[]).includes(answers.source)) errors.push({ field: 'source', text: 'Select who referred the child' });
  required(errors, 'referrerName', answers.referrerName, 200, 'Enter the name of the person who referred the child', 'Name');
  optional(errors, 'referrerOrganisation', answers.referrerOrganisation, 200, 'Organisation');
  if (answers.referrerPhone && !PHONE.test(answers.referrerPhone)) errors.push({ field: 'referrerPhone', text: 'Enter a phone number, like 01632 960 001 or 07700 900 982' });
  required(errors, 'givenName', answers.givenName, 100, "Enter the child's given name", 'Given name');
  required(errors, 'familyName', answers.familyName, 100, "Enter the child's family name", 'Family name');
  if (dates.dateOfBirth.error) errors.push(dates.dateOfBirth.error);
  else if (dates.dateOfBirth.date && compareDates(dates.dateOfBirth.date, today) > 0) errors.push(dateInputError('dateOfBirth', 'Date of birth must be in the past'));
  if (answers.upn && !UPN.test(answers.upn)) errors.push({ field: 'upn', text: 'Enter the unique pupil number as 13 characters: a letter, 11 numbers, then a number or letter' });
  const lines = answers.addressLines.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length > 5 || lines.some((l) => l.length > 200)) errors.push({ field: 'addressLines', text: 'Enter the address in 5 lines or fewer, each of 200 characters or fewer' });
  if (lines.length > 0 && !answers.postcode) errors.push({ field: 'postcode', text: 'Enter the postcode of the address' });
  else if (answers.postcode && !POSTCODE.test(answers.postcode)) errors.push({ field: 'postcode', text: 'Enter a real postcode, like NG6 8AB' });
  else if (answers.postcode && lines.length === 0) errors.push({ field: 'addressLines', text: 'Enter the address as well as the postcode' });
  optional(errors, 'schoolName', answers.schoolName, 200, 'School name');
  if (answers.schoolUrn && !URN.test(answers.schoolUrn)) errors.push({ field: 'schoolUrn', text: "Enter the school's URN as 6 digits, for example 140123" });
  else if (answers.schoolUrn && !answers.schoolName) errors.push({ field: 'schoolName', text: 'Enter the name of the school as well as its URN' });
  // A parent or carer is optional; once named, the LA needs a way to reach them.
  const parentGiven = Boolean(answers.parentName || answers.parentPhone || answers.parentRelationship || answers.parentLivesWith);
  if (parentGiven) {
    required(errors, 'parentName', answers.parentName, 200, "Enter the parent or carer's name", 'Name');
    optional(errors, 'parentRelationship', answers.parentRelationship, 50, 'Relationship');
    if (!PHONE.test(answers.parentPhone)) errors.push({ field: 'parentPhone', text: answers.parentPhone ? 'Enter a phone number, like 01632 960 001 or 07700 900 982' : "Enter the parent or carer's phone number" });
    if (!['yes', 'no'].includes(answers.parentLivesWith)) errors.push({ field: 'parentLivesWith', text: 'Select whether the child lives with them' });
  }
  if (dates.receivedOn.error) errors.push(dates.receivedOn.error);
  else if (dates.receivedOn.date && compareDates(dates.receivedOn.date, today) > 0) errors.push(dateInputError('receivedOn', 'Date the referral was received must be today or in the past'));
  if (dates.missingSince.error) errors.push(dates.missingSince.error);
  else if (dates.missingSince.date && dates.receivedOn.date && compareDates(dates.missingSince.date, dates.receivedOn.date) > 0) {
    errors.push(dateInputError('missingSince', 'Date the child was last in education must be on or before the date the referral was received'));
  }
  required(errors, 'reason', answers.reason, REASON_MAX, 'Enter why the child may be missing education', 'Why');
  if (errors.length > 0 || !dates.dateOfBirth.date || !dates.receivedOn.date) return { answers, errors };

  return {
    answers,
    errors,
    referral: {
      referralId,
      source: answers.source,
      referrer: { name: answers.referrerName, ...(answers.referrerOrganisation && { organisation: answers.referrerOrganisation }), ...(answers.referrerPhone && { phone: answers.referrerPhone }) },
      child: {
        givenName: answers.givenName,
        familyName: answers.familyName,
        dateOfBirth: isoDate(dates.dateOfBirth.date),
        ...(answers.upn && { upn: answers.upn }),
        ...(lines.length > 0 && { address: { lines, postcode: answers.postcode.toUpperCase() } }),
        ...(answers.schoolName && { lastKnownSchool: { name: answers.schoolName, ...(answers.schoolUrn && { urn: answers.schoolUrn }) } }),
      },
      ...(parentGiven && {
        parents: [{ name: answers.parentName, ...(answers.parentRelationship && { relationship: answers.parentRelationship }), emergencyPhone: answers.parentPhone, livesWithPupil: answers.parentLivesWith === 'yes' }],
      }),
      receivedOn: isoDate(dates.receivedOn.date),
      ...(dates.missingSince.date && { missingSince: isoDate(dates.missingSince.date) }),
      reason: answers.reason,
    },
  };
}

/** education-referrals' field names as the form's. */
const FIELDS: Record<string, string> = {
  source: 'source',
  'referrer.name': 'referrerName',
  'referrer.organisation': 'referrerOrganisation',
  'referrer.phone': 'referrerPhone',
  'child.givenName': 'givenName',
  'child.familyName': 'familyName',
  'child.upn': 'upn',
  'child.address.lines': 'addressLines',
  'child.address.postcode': 'postcode',
  'child.lastKnownSchool.name': 'schoolName',
  'child.lastKnownSchool.urn': 'schoolUrn',
  'parents.0.name': 'parentName',
  'parents.0.relationship': 'parentRelationship',
  'parents.0.emergencyPhone': 'parentPhone',
  'parents.0.livesWithPupil': 'parentLivesWith',
  reason: 'reason',
};
const DATES: Record<string, DateField> = { 'child.dateOfBirth': 'dateOfBirth', receivedOn: 'receivedOn', missingSince: 'missingSince' };

function inWords(reason: string): string {
  const words = reason
    .replace(/child\.dateOfBirth/g, 'the date of birth')
    .replace(/receivedOn/g, 'the date the referral was received')
    .replace(/missingSince/g, 'the date the child was last in education')
    .replace(/(\d{4}-\d{2}-\d{2})/g, (d) => londonDate(d));
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** education-referrals' 400 `problems` on the form's questions; one it names no question for goes on the first. */
export function referralProblems(problems: ApiFieldProblem[]): (FieldError | DateInputError)[] {
  return problems.map((p) => {
    const date = DATES[p.field];
    if (date) return dateInputError(date, inWords(p.reason));
    return { field: FIELDS[p.field] ?? 'source', text: inWords(p.reason) };
  });
}
