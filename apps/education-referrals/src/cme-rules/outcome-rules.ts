import type { CmeOutcome, CmeSource } from '@homeward/contracts';
import { type EnquiryRecord, type ReasonableEnquiry, ReasonableEnquiries, ReasonableEnquiryNotMade } from './reasonable-enquiries';

/** What a CMO records with an outcome; which fields are needed depends on the outcome. */
export interface OutcomeRecord {
  outcome: CmeOutcome;
  resolvedOn: string;
  school?: { name: string; urn?: string };
  schoolInArea?: boolean;
  authority?: string;
  authorityToldOn?: string;
  country?: string;
  ctfUploadedOn?: string;
  referredTo?: string;
  referredOn?: string;
}

export interface OutcomeContext {
  source: CmeSource;
  firstDayMissing: string;
  today: string;
  enquiries: readonly EnquiryRecord[];
  /** The codes of the LAs in the directory (config/local-authorities.json): a case is handed over only to one of them. */
  authorities: ReadonlySet<string>;
}

export interface OutcomeProblem {
  field: string;
  reason: string;
}

const requires: Partial<Record<CmeOutcome, readonly (keyof OutcomeRecord)[]>> = {
  ON_ROLL_ELSEWHERE: ['school', 'schoolInArea'],
  PLACE_ARRANGED: ['school'],
  // The other LA takes the case over (DfE 2016: LA-to-LA hand-over); Homeward tells it, so the
  // day it was told is the system's. authorityToldOn stays for a CMO who told it first by phone.
  MOVED_TO_ANOTHER_LA: ['authority'],
  LEFT_THE_COUNTRY: ['country'],
  // A lost CTF goes to the DfE's lost pupils database (School2School): its upload date is the record.
  WHEREABOUTS_UNKNOWN: ['ctfUploadedOn'],
  SAFEGUARDING_REFERRAL: ['referredTo', 'referredOn'],
};

const DATE_FIELDS = ['authorityToldOn', 'ctfUploadedOn', 'referredOn'] as const;

/** Enquiries still to make before a child may be recorded as whereabouts unknown. */
export const enquiriesNotMade = (enquiries: readonly EnquiryRecord[]): ReasonableEnquiry[] => ReasonableEnquiries.filter((e) => !enquiries.some((r) => r.enquiry === e));

/**
 * Whether an outcome can be recorded as given: the facts it rests on are there, its dates are
 * possible, and "whereabouts unknown" comes only after every reasonable enquiry has been made
 * (DfE 'Children missing education', 2016: the lost pupils database is the last step).
 */
export function outcomeProblems(record: OutcomeRecord, context: OutcomeContext): OutcomeProblem[] {
  const problems: OutcomeProblem[] = [];
  for (const field of requires[record.outcome] ?? []) {
    if (record[field] === undefined) problems.push({ field, reason: `${field} is required for the outcome ${record.outcome}` });
  }
  if (record.resolvedOn > context.today) problems.push({ field: 'resolvedOn', reason: 'resolvedOn is in the future' });
  else if (record.resolvedOn < context.firstDayMissing) problems.push({ field: 'resolvedOn', reason: `resolvedOn is before the first day missing (${context.firstDayMissing})` });
  for (const field of DATE_FIELDS) {
    const date = record[field];
    if (date !== undefined && date > context.today) problems.push({ field, reason: `${field} is in the future` });
  }
  if (record.outcome === 'MOVED_TO_ANOTHER_LA' && record.authority !== undefined && !context.authorities.has(record.authority)) {
    problems.push({ field: 'authority', reason: `authority ${record.authority} is not in the directory of local authorities (GET /v1/local-authorities)` });
  }
  if (record.outcome === 'S19_CONSIDERED' && context.source !== 'SCHOOL_SICKNESS_NOTICE') {
    problems.push({ field: 'outcome', reason: 'S19_CONSIDERED closes a case that began with a sickness notice' });
  }
  if (record.outcome === 'WHEREABOUTS_UNKNOWN') {
    const notMade = enquiriesNotMade(context.enquiries);
    if (notMade.length > 0) problems.push({ field: 'outcome', reason: `every reasonable enquiry must be made first: ${notMade.map((e) => ReasonableEnquiryNotMade[e]).join('; ')}` });
    if (context.enquiries.some((e) => e.result === 'FOUND')) problems.push({ field: 'outcome', reason: 'an enquiry found the child: record where, not whereabouts unknown' });
  }
  return problems;
}
