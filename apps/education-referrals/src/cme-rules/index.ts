export { ReasonableEnquiries, ReasonableEnquiryLabels, ReasonableEnquiryNotMade, isReasonableEnquiry } from './reasonable-enquiries';
export type { EnquiryRecord, EnquiryResult, ReasonableEnquiry } from './reasonable-enquiries';
export { CHILD_FOUND_REASON, DELETION_ABSENCE_SCHOOL_DAYS, deletionReadiness } from './deletion-readiness';
export type { DeletionReadiness } from './deletion-readiness';
export { schoolDaysMissing } from './time-missing-education';
export { compulsorySchoolAgeEnd, compulsorySchoolAgeStart, isOfCompulsorySchoolAge } from './compulsory-school-age';
export { enquiriesNotMade, outcomeProblems } from './outcome-rules';
export type { OutcomeContext, OutcomeProblem, OutcomeRecord } from './outcome-rules';
