import type { NewPlacementNotice } from '../../data/ingest-api.client';
import type { ApiFieldProblem } from '../../data/api-errors';
import type { ChildRecord } from '../../data/protocol-engine.types';
import { DateParts, dateInputError, partsOfIso, readDateInput } from '../../web/date-input';
import type { FieldError } from '../../web/forms';
import { labelOptions } from '../../web/labels';
import { compareDates, isoDate } from '../../web/london-calendar';

/** ingest-api's PlacementProviderKinds, in the form's order. */
export const PROVIDER_KINDS = labelOptions('placementProvider').map((o) => o.value);
const AUTHORITY_CODE = /^[A-Za-z0-9-]{1,20}$/;

export interface PlacementNoticeAnswers {
  /** Made when the form is first shown: sending the same form twice records one notice. */
  noticeId: string;
  givenName: string;
  familyName: string;
  dateOfBirth: DateParts;
  gender: string;
  localAuthorityId: string;
  placingAuthority: string;
  placementStart: DateParts;
  placementEnd: DateParts;
  providerName: string;
  providerKind: string;
  riskAssessment: string;
  riskPlan: string;
}

const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The child's details as the record has them, and the placing authority when the record names one by code. */
export function answersFromRecord(record: ChildRecord, noticeId: string): PlacementNoticeAnswers {
  const authority = record.responsibleAuthority ?? '';
  return {
    noticeId,
    // An erased record has no details to offer: the notice brings its own.
    givenName: record.erasedAt ? '' : record.givenName,
    familyName: record.erasedAt ? '' : record.familyName,
    dateOfBirth: record.dateOfBirth ? partsOfIso(record.dateOfBirth) : EMPTY_DATE,
    gender: record.gender ?? '',
    localAuthorityId: record.localAuthorityId ?? '',
    placingAuthority: AUTHORITY_CODE.test(authority) ? authority : '',
    placementStart: EMPTY_DATE,
    placementEnd: EMPTY_DATE,
    providerName: '',
    providerKind: '',
    riskAssessment: '',
    riskPlan: '',
  };
}

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? (body[name] as string).trim() : '');

function required(errors: FieldError[], field: string, value: string, max: number, missing: string, label: string): void {
  if (value === '') errors.push({ field, text: missing });
  else if (value.length > max) errors.push({ field, text: `${label} must be ${max} characters or fewer` });
}

/** The form as typed, checked with GOV.UK's messages; `notice` is what ingest-api takes when nothing is wrong. */
export function readPlacementNoticeForm(body: Record<string, unknown>, noticeId: string): { answers: PlacementNoticeAnswers; errors: FieldError[]; notice?: NewPlacementNotice } {
  const errors: FieldError[] = [];
  const dateOfBirth = readDateInput(body, 'dateOfBirth', 'Date of birth');
  const start = readDateInput(body, 'placementStart', 'Placement start date');
  const end = readDateInput(body, 'placementEnd', 'Placement end date', { required: false });
  const answers: PlacementNoticeAnswers = {
    noticeId,
    givenName: text(body, 'givenName'),
    familyName: text(body, 'familyName'),
    dateOfBirth: dateOfBirth.parts,
    gender: text(body, 'gender'),
    localAuthorityId: text(body, 'localAuthorityId'),
    placingAuthority: text(body, 'placingAuthority'),
    placementStart: start.parts,
    placementEnd: end.parts,
    providerName: text(body, 'providerName'),
    providerKind: text(body, 'providerKind'),
    riskAssessment: text(body, 'riskAssessment'),
    riskPlan: text(body, 'riskPlan'),
  };

  required(errors, 'givenName', answers.givenName, 100, "Enter the child's given name", 'Given name');
  required(errors, 'familyName', answers.familyName, 100, "Enter the child's family name", 'Family name');
  if (dateOfBirth.error) errors.push(dateOfBirth.error);
  if (answers.gender.length > 30) errors.push({ field: 'gender', text: 'Gender must be 30 characters or fewer' });
  if (answers.localAuthorityId.length > 50) errors.push({ field: 'localAuthorityId', text: 'LA id must be 50 characters or fewer' });
  if (!AUTHORITY_CODE.test(answers.placingAuthority)) {
    errors.push({ field: 'placingAuthority', text: answers.placingAuthority === '' ? "Enter the placing authority's code" : "Enter the placing authority's code using only letters, numbers and hyphens, for example E08000032" });
  }
  if (start.error) errors.push(start.error);
  if (end.error) errors.push(end.error);
  else if (end.date && start.date && compareDates(end.date, start.date) < 0) errors.push(dateInputError('placementEnd', 'Placement end date must be the same as or after the start date'));
  required(errors, 'providerName', answers.providerName, 200, 'Enter the name of the carer or home', 'Name of the carer or home');
  if (!PROVIDER_KINDS.includes(answers.providerKind)) errors.push({ field: 'providerKind', text: 'Select the kind of placement' });
  if (!['yes', 'no'].includes(answers.riskAssessment)) errors.push({ field: 'riskAssessment', text: "Select whether the placing authority's risk assessment came with the notice" });
  if (!['yes', 'no'].includes(answers.riskPlan)) errors.push({ field: 'riskPlan', text: 'Select whether its risk management plan came with the notice' });
  if (errors.length > 0 || !dateOfBirth.date || !start.date) return { answers, errors };

  return {
    answers,
    errors,
    notice: {
      noticeId,
      child: {
        givenName: answers.givenName,
        familyName: answers.familyName,
        dateOfBirth: isoDate(dateOfBirth.date),
        ...(answers.gender && { gender: answers.gender }),
        ...(answers.localAuthorityId && { localAuthorityId: answers.localAuthorityId }),
      },
      placingAuthority: answers.placingAuthority,
      placementStart: isoDate(start.date),
      ...(end.date && { placementEnd: isoDate(end.date) }),
      provider: { name: answers.providerName, kind: answers.providerKind },
      riskAssessmentProvided: answers.riskAssessment === 'yes',
      riskManagementPlanProvided: answers.riskPlan === 'yes',
    },
  };
}

/** ingest-api's field names, as the form's. */
const FIELDS: Record<string, string> = {
  'child.givenName': 'givenName',
  'child.familyName': 'familyName',
  'child.gender': 'gender',
  'child.localAuthorityId': 'localAuthorityId',
  placingAuthority: 'placingAuthority',
  'provider.name': 'providerName',
  'provider.kind': 'providerKind',
  riskAssessmentProvided: 'riskAssessment',
  riskManagementPlanProvided: 'riskPlan',
};
const DATE_FIELDS: Record<string, string> = { 'child.dateOfBirth': 'dateOfBirth', placementStart: 'placementStart', placementEnd: 'placementEnd' };
const WORDS: [RegExp, string][] = [
  [/child\.dateOfBirth/g, 'the date of birth'],
  [/placementStart/g, 'the placement start date'],
  [/placementEnd/g, 'the placement end date'],
];

const inWords = (reason: string) => {
  const words = WORDS.reduce((s, [from, to]) => s.replace(from, to), reason);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** ingest-api's 400 `problems` against the form's fields, in words; one it names no field for goes on the placing authority. */
export function placementNoticeProblems(problems: ApiFieldProblem[]): FieldError[] {
  return problems.map((p) => {
    const dateInput = DATE_FIELDS[p.field];
    if (dateInput) return dateInputError(dateInput, inWords(p.reason));
    return { field: FIELDS[p.field] ?? 'placingAuthority', text: inWords(p.reason) };
  });
}
