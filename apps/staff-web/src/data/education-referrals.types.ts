/**
 * education-referrals' staff answers and bodies, as its OpenAPI (/docs) describes them
 * (apps/education-referrals/src/cme-cases/cme-case.views.ts, case-dtos.ts, agency-referral.dto.ts).
 * Every answer carries a child's personal data: pages show it, nothing logs it.
 */

export type CmeCaseStatus = 'OPEN' | 'CLOSED';

/** GET /v1/cme-cases items, longest missing first. */
export interface CmeCaseSummary {
  id: string;
  /** CME-2026-000042 */
  reference: string;
  status: CmeCaseStatus;
  /** contracts' CmeSources: a school's return, or another LA's or agency's referral. */
  source: string;
  /** Null once the child's personal data was erased. */
  name: string | null;
  /** YYYY-MM-DD; null once erased. */
  dateOfBirth: string | null;
  upn: string | null;
  schoolUrn: string | null;
  /** YYYY-MM-DD */
  firstDayMissing: string;
  openedAt: string;
  /** contracts' CmeOutcomes, once closed. */
  outcome: string | null;
  closedAt: string | null;
  schoolDaysMissing: number | null;
  /** When the child's personal data was erased: the pupil, returns and referrals then name no one. */
  erasedAt?: string | null;
}

/** Another LA in education-referrals' directory: where a hand-over notice goes. */
export interface LocalAuthorityEntry {
  /** The LA's E-code, e.g. E10000024. */
  code: string;
  name: string;
  cmeMailbox: string;
}

export interface CmeAddress {
  lines: string[];
  postcode: string;
}

export interface CmeParent {
  name: string;
  relationship?: string;
  emergencyPhone: string;
  livesWithPupil: boolean;
  address?: CmeAddress;
}

/** The pupil as the latest return or referral described them (a referral may know less than a school). */
export interface CmePupil {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  upn?: string;
  gender?: string;
  address?: CmeAddress;
  lastKnownSchool?: { name: string; urn?: string };
  parents?: CmeParent[];
}

export interface CmeCaseReturn {
  id: string;
  kind: 'DELETION' | 'ADMISSION' | 'ABSENCE' | 'SICKNESS' | string;
  urn: string;
  school: string;
  receivedAt: string;
  late: boolean;
  body: Record<string, unknown>;
}

export interface CmeCaseReferral {
  id: string;
  source: string;
  recordedBy: string;
  receivedAt: string;
  /** The referral as recorded: referrer, child, reason. */
  body: Record<string, unknown>;
}

export type ReasonableEnquiryCode = 'SCHOOL_AND_CENSUS' | 'OTHER_LOCAL_AUTHORITY' | 'HEALTH' | 'POLICE' | 'HOUSING' | 'DWP_HMRC' | 'HOME_VISIT';
export type EnquiryResult = 'FOUND' | 'NOT_FOUND' | 'NO_RESPONSE';

export interface CmeCaseEnquiry {
  id: string;
  enquiry: ReasonableEnquiryCode | string;
  /** YYYY-MM-DD */
  madeOn: string;
  result: EnquiryResult | string;
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

/** The 20-day answer the school gets, for a continuous absence. */
export interface DeletionAnswer {
  mayDelete: boolean;
  /** YYYY-MM-DD */
  twentiethSchoolDay: string;
  schoolDaysAbsent: number;
  /** Why not yet, in plain English. */
  stillMissing: string[];
}

/** GET /v1/cme-cases/{id}. */
export interface CmeCase extends CmeCaseSummary {
  pupil: CmePupil;
  /** Oldest first. */
  returns: CmeCaseReturn[];
  referrals: CmeCaseReferral[];
  enquiries: CmeCaseEnquiry[];
  enquiriesNotMade: string[];
  deletion: DeletionAnswer | null;
  outcomeDetails: Record<string, unknown> | null;
  resolvedOn: string | null;
}

/** GET /v1/cme-cases filters. */
export interface CmeCaseListQuery {
  status?: CmeCaseStatus;
  outcome?: string;
  /** The child's cases, open and closed: protocol-engine's educationKey for the child. */
  childKey?: string;
  /** 1 to 500. */
  limit?: number;
}

/** POST /v1/cme-cases/{id}/enquiries (CMO, MANAGER). */
export interface NewEnquiry {
  enquiry: ReasonableEnquiryCode;
  madeOn: string;
  result: EnquiryResult;
  note?: string;
}

/** POST /v1/cme-cases/{id}/outcome (CMO, MANAGER): the fields each outcome needs. */
export interface CmeOutcomeBody {
  outcome: string;
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

/** POST /v1/cme-referrals (CMO, MANAGER): another LA's or agency's referral. */
export interface NewCmeReferral {
  /** The form's own id: a second send of the same form is the same referral. */
  referralId: string;
  source: string;
  referrer: { name: string; organisation?: string; phone?: string };
  child: { givenName: string; familyName: string; dateOfBirth: string; upn?: string; address?: CmeAddress; lastKnownSchool?: { name: string; urn?: string } };
  parents?: CmeParent[];
  receivedOn: string;
  missingSince?: string;
  reason: string;
}

/** GET /v1/schools/me with a school's key: the school the key stands for. */
export interface OwnSchool {
  urn: string;
  name: string;
}

/** education-referrals' four school returns, by the last part of their path. */
export type SchoolReturnPath = 'deletions' | 'admissions' | 'absences' | 'sickness';

/** What every school return carries (SchoolReturnDto): the school's id for it, the pupil, the parents. */
export interface SchoolReturnBase {
  returnId: string;
  pupil: { givenName: string; familyName: string; dateOfBirth: string; upn?: string; address: CmeAddress };
  parents: CmeParent[];
}

/** POST /v1/school-returns/{kind}: the base with the kind's own fields (DeletionReturnDto, AdmissionReturnDto...). */
export type SchoolReturnRequest = SchoolReturnBase & Record<string, unknown>;

/** 202 (new) or 200 (a repeat of the returnId): the CME case it opened, joined or closed, and the 20-day answer for a deletion on that ground. */
export interface SchoolReturnAccepted {
  id: string;
  status: 'accepted';
  late: boolean;
  caseReference?: string;
  deletion?: DeletionAnswer;
}

/** GET /v1/cme-figures, the part the yearly figures read: cases opened in the period, by how they came. */
export interface CmeFigures {
  from: string;
  to: string;
  referrals: number;
  referralsBySource: { key: string; count: number }[];
}
