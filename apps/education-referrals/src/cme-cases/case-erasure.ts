/**
 * What a school's return keeps once its pupil's personal data is erased: what the figures and
 * the termly census count (the kind, school and dates are columns). Gone: the pupil, parents,
 * addresses, the destination and previous schools (with the dates, they name the child) and the
 * school's own notes and enquiries.
 */
const RETURN_FIELDS_KEPT = ['returnId', 'ground', 'deletionDate', 'absenceStart', 'admissionDate', 'schoolDaysAbsent', 'attendanceCodes', 'schoolDaysMissed'];

/** An agency's referral keeps where it came from and when; the referrer, child, parents and reason go. */
const REFERRAL_FIELDS_KEPT = ['referralId', 'source', 'receivedOn', 'missingSince'];

const kept = (fields: readonly string[]) => (body: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(body).filter(([field]) => fields.includes(field)));

export const erasedReturnBody = kept(RETURN_FIELDS_KEPT);
export const erasedReferralBody = kept(REFERRAL_FIELDS_KEPT);

/**
 * What stands for the keyed hash of an erased child: one per erasure, so the census still counts
 * the child once, and nothing recognises them (a later return is a new child, as in protocol-engine).
 */
export const erasedChildKey = (erasureId: string): string => `erased:${erasureId}`;
