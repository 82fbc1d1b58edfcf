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
