import type { CmeOutcome, CmeSource, CmeTaskType, DeletionReason } from '@homeward/contracts';

/** A school return as the rule reads it: only the facts that decide the LA's next step. */
export type ReturnFacts =
  | { kind: 'DELETION'; reason: DeletionReason; deletionDate: string; absenceStart?: string; destinationSchoolKnown: boolean }
  | { kind: 'ADMISSION'; admissionDate: string }
  | { kind: 'ABSENCE'; absenceStart: string }
  | { kind: 'SICKNESS'; absenceStart: string };

/** What the LA does with a return: open (or join) a CME case, close the child's open case, or just keep the return. */
export type CaseAction =
  | { action: 'OPEN_OR_JOIN'; source: CmeSource; task: CmeTaskType; firstDayMissing: string }
  | { action: 'CLOSE_OPEN_CASE'; outcome: CmeOutcome; resolvedOn: string }
  | { action: 'KEEP_RETURN_ONLY' };

/**
 * Deletions whose ground means the child's education is accounted for, or is another team's duty:
 * a death, the end of compulsory school age, a permanent exclusion (the LA's exclusions duty),
 * medically unfit, and elective home education (the EHE team, and the register of children not in school).
 */
const ACCOUNTED_FOR: ReadonlySet<DeletionReason> = new Set(['DIED', 'CEASED_COMPULSORY_SCHOOL_AGE', 'PERMANENTLY_EXCLUDED', 'MEDICALLY_UNFIT', 'ELECTIVE_HOME_EDUCATION']);

/**
 * DfE 'Children missing education' (2016): a deletion to an unknown destination, or any ground
 * that leaves the child's whereabouts or schooling unknown, is a referral; a known destination
 * school is checked by its new-pupil return, which also closes an open case ("found on roll").
 */
export function caseActionFor(facts: ReturnFacts): CaseAction {
  switch (facts.kind) {
    case 'DELETION':
      if (ACCOUNTED_FOR.has(facts.reason) || facts.destinationSchoolKnown) return { action: 'KEEP_RETURN_ONLY' };
      return { action: 'OPEN_OR_JOIN', source: 'SCHOOL_DELETION_RETURN', task: 'CME_ENQUIRIES', firstDayMissing: facts.absenceStart ?? facts.deletionDate };
    case 'ABSENCE':
      return { action: 'OPEN_OR_JOIN', source: 'SCHOOL_ABSENCE_NOTICE', task: 'CME_ENQUIRIES', firstDayMissing: facts.absenceStart };
    case 'SICKNESS':
      return { action: 'OPEN_OR_JOIN', source: 'SCHOOL_SICKNESS_NOTICE', task: 'CME_S19_CONSIDERATION', firstDayMissing: facts.absenceStart };
    case 'ADMISSION':
      return { action: 'CLOSE_OPEN_CASE', outcome: 'ON_ROLL_ELSEWHERE', resolvedOn: facts.admissionDate };
  }
}
