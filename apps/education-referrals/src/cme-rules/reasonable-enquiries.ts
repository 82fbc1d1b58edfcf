import { type EnquiryResult, ReasonableEnquiries, type ReasonableEnquiry, ReasonableEnquiryLabels, ReasonableEnquiryNotMade } from '@homeward/contracts';

// The enquiries and their words are contracts: staff-web shows them too.
export { ReasonableEnquiries, ReasonableEnquiryLabels, ReasonableEnquiryNotMade };
export type { EnquiryResult, ReasonableEnquiry };

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
