import type { RiskLevel } from '@homeward/contracts';

/** The 903 Missing table's MISSING column: M (missing) or A (away from placement without authorisation). */
export const AbsenceKinds = ['M', 'A'] as const;
export type AbsenceKind = (typeof AbsenceKinds)[number];

/**
 * The default M/A from the police data, until staff set it. The police contract has no
 * missing/away field; the nearest it has is the grading: VERY_LOW is what the College of
 * Policing called "absent" (no apparent risk: not where they should be, the police record it
 * without active enquiries), which is the DfE's "away from placement without authorisation".
 * So an episode graded VERY_LOW at every report, update and found is A; any grading above
 * (or none known) means the police treated the child as missing: M.
 */
export function defaultAbsenceKind(gradings: readonly RiskLevel[]): AbsenceKind {
  return gradings.length > 0 && gradings.every((g) => g === 'VERY_LOW') ? 'A' : 'M';
}
