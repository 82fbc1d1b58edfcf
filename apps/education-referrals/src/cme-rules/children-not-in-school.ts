import { isOfCompulsorySchoolAge } from './compulsory-school-age';

/** Why a child is known not to be a registered pupil. */
export type NotInSchoolBasis = 'ELECTIVE_HOME_EDUCATION' | 'MISSING_EDUCATION';

export interface NotInSchoolCandidate {
  childKey: string;
  dateOfBirth: string;
  basis: NotInSchoolBasis;
  /** The day the child stopped being a registered pupil (the deletion), or went missing from education. */
  since: string;
  /** Who educates the child, when known. */
  provider: string | null;
  /** The first day on a school's roll since, if a new-pupil return has come. */
  backOnRollOn: string | null;
}

/**
 * The register of children not in school (Children's Wellbeing and Schools Act 2026 s38,
 * inserting s436B-G into the Education Act 1996; awaiting commencement): children of compulsory
 * school age in the area who are not registered pupils. One entry per child, the latest basis.
 */
export function childrenNotInSchool(candidates: readonly NotInSchoolCandidate[], today: string): NotInSchoolCandidate[] {
  const latest = new Map<string, NotInSchoolCandidate>();
  for (const c of candidates) {
    if (c.backOnRollOn !== null && c.backOnRollOn <= today) continue;
    if (!isOfCompulsorySchoolAge(c.dateOfBirth, today)) continue;
    const known = latest.get(c.childKey);
    if (!known || c.since > known.since) latest.set(c.childKey, c);
  }
  return [...latest.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}
