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

export type EnquiryResult = 'FOUND' | 'NOT_FOUND' | 'NO_RESPONSE';

/** One enquiry as the CMO records it. */
export interface EnquiryRecord {
  enquiry: ReasonableEnquiry;
  /** YYYY-MM-DD */
  madeOn: string;
  /** FOUND: the enquiry located the child. NO_RESPONSE still counts as made. */
  result: EnquiryResult;
  note?: string;
}

export function isReasonableEnquiry(value: unknown): value is ReasonableEnquiry {
  return (ReasonableEnquiries as readonly unknown[]).includes(value);
}
