/**
 * Children missing education (CME): what education-referrals tells the rest of Homeward.
 * Payloads carry ids, the child's keyed hash and the case's reference, never a name, a date
 * of birth or an address: staff read those from education-referrals' API.
 */

/** How a CME case came to the LA. */
export const CmeSources = ['SCHOOL_DELETION_RETURN', 'SCHOOL_ABSENCE_NOTICE', 'SCHOOL_SICKNESS_NOTICE', 'OTHER_LOCAL_AUTHORITY', 'POLICE', 'HEALTH', 'HOUSING', 'PUBLIC', 'OTHER_AGENCY'] as const;
export type CmeSource = (typeof CmeSources)[number];

/**
 * The CMO's CME work, in the same queue as missing-episode work. Kept apart from the
 * protocol's TaskTypes because no protocol rule may ask for them.
 */
export const CmeTaskTypes = [
  /** Make and record the reasonable enquiries until the child is found or the search is handed on. */
  'CME_ENQUIRIES',
  /** 15 school days missed through illness: consider the LA's s19 duty (alternative provision). */
  'CME_S19_CONSIDERATION',
] as const;
export type CmeTaskType = (typeof CmeTaskTypes)[number];

/** How a CME case ended. */
export const CmeOutcomes = [
  'ON_ROLL_ELSEWHERE',
  'PLACE_ARRANGED',
  'ELECTIVE_HOME_EDUCATION',
  'MOVED_TO_ANOTHER_LA',
  'LEFT_THE_COUNTRY',
  /** A "lost" Common Transfer File is on the DfE's lost pupils database; the search goes on. */
  'WHEREABOUTS_UNKNOWN',
  'SAFEGUARDING_REFERRAL',
  'S19_CONSIDERED',
] as const;
export type CmeOutcome = (typeof CmeOutcomes)[number];

/** education.cme-tasks-required.v1: a CME case needs work in the CMO's queue, due as education-referrals computed it (term dates are its own). */
export interface CmeTasksRequiredV1 {
  caseId: string;
  /** The child's keyed hash (libs/contracts childKey), the same one protocol-engine computes: one child across both halves. */
  childKey: string;
  /** Shown to staff in the queue in place of a police reference, e.g. CME-2026-000123. */
  caseReference: string;
  source: CmeSource;
  tasks: ReadonlyArray<{ type: CmeTaskType; dueAt: string }>;
  requestedAt: string;
}

/** education.cme-case-closed.v1: the case ended; its open tasks close with it. */
export interface CmeCaseClosedV1 {
  caseId: string;
  childKey: string;
  caseReference: string;
  outcome: CmeOutcome;
  closedAt: string;
  /** School days from the first day missed to the outcome: the time missing education. */
  schoolDaysMissing: number | null;
}

/**
 * The reasonable enquiries a CMO makes, with the school, to find a child missing education
 * (DfE, 'Children missing education', statutory guidance, 2016). The 20-day ground for
 * deleting a pupil needs them made jointly and without success, so each is recorded.
 */
export const ReasonableEnquiries = [
  /** The school itself, other schools, and the school census, Key to Success and School2School (lost pupils and CTFs). */
  'SCHOOL_AND_CENSUS',
  /** The LA the family may have moved to (LA-to-LA enquiry). */
  'OTHER_LOCAL_AUTHORITY',
  'HEALTH',
  'POLICE',
  'HOUSING',
  'DWP_HMRC',
  'HOME_VISIT',
] as const;

export type ReasonableEnquiry = (typeof ReasonableEnquiries)[number];

/** What staff pages call each enquiry. */
export const ReasonableEnquiryLabels: Readonly<Record<ReasonableEnquiry, string>> = {
  SCHOOL_AND_CENSUS: 'School, other schools and school census (Key to Success, School2School)',
  OTHER_LOCAL_AUTHORITY: 'Other local authorities',
  HEALTH: 'Health',
  POLICE: 'Police',
  HOUSING: 'Housing',
  DWP_HMRC: 'DWP and HMRC',
  HOME_VISIT: 'Home visit',
};

/** The sentence a CMO reads when an enquiry is still to be made (labels do not all fit one pattern). */
export const ReasonableEnquiryNotMade: Readonly<Record<ReasonableEnquiry, string>> = {
  SCHOOL_AND_CENSUS: 'the school, other schools and the school census have not been checked',
  OTHER_LOCAL_AUTHORITY: 'no other local authority has been asked',
  HEALTH: 'Health has not been asked',
  POLICE: 'the police have not been asked',
  HOUSING: 'Housing has not been asked',
  DWP_HMRC: 'DWP and HMRC have not been asked',
  HOME_VISIT: 'no home visit has been made',
};

/** What an enquiry came to. NO_RESPONSE still counts as made. */
export type EnquiryResult = 'FOUND' | 'NOT_FOUND' | 'NO_RESPONSE';

/** A local authority as the CME directory holds it: its code, name and the CME team's mailbox (a team's address, not a person's data). */
export interface CmeAuthorityContact {
  /** The LA's E-code (ONS GSS), e.g. E10000024. Absent for this LA when it has none configured. */
  code?: string;
  name: string;
  cmeMailbox: string;
}

/**
 * education.cme-case-handed-over.v1: the child moved to another LA, the case closed here
 * (education.cme-case-closed.v1 in the same transaction) and that LA is to be told. Carries the
 * case's ids and reference and both authorities' CME contacts, never the child's details: those
 * go by the secure LA-to-LA route. Keyed by the child's hash, like every CME event.
 */
export interface CmeCaseHandedOverV1 {
  caseId: string;
  childKey: string;
  caseReference: string;
  /** The LA now responsible, from the directory: its CME mailbox is where the notice goes. */
  toAuthority: CmeAuthorityContact & { code: string };
  /** This LA, and the mailbox the receiving LA answers to. */
  fromAuthority: CmeAuthorityContact;
  handedOverAt: string;
}

/**
 * What a deletion ground means for the LA. The school quotes the regulation and paragraph too;
 * this says which kind of ground it is, so the rule does not depend on paragraph lettering.
 */
export const DeletionReasons = [
  'REGISTERED_AT_ANOTHER_SCHOOL',
  'ELECTIVE_HOME_EDUCATION',
  'MOVED_AWAY',
  'CONTINUOUS_ABSENCE_20_DAYS',
  'NOT_RETURNED_FROM_LEAVE',
  'LEFT_THE_COUNTRY',
  'PERMANENTLY_EXCLUDED',
  'CEASED_COMPULSORY_SCHOOL_AGE',
  'MEDICALLY_UNFIT',
  'DIED',
  'OTHER',
] as const;
export type DeletionReason = (typeof DeletionReasons)[number];
