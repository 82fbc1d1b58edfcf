import type { OutcomeKind } from './outcome-options';

/**
 * The outcome form's choices in words, keyed by compliance-tracker's codes (RecordOutcomeDto's
 * OfferMethods, DeclinedReasons, NotOfferedReasons, Agencies), in its order.
 */

export const OFFER_METHODS = {
  IN_PERSON: 'In person',
  PHONE: 'By phone',
  LETTER: 'By letter',
  TEXT_MESSAGE: 'By text message',
  EMAIL: 'By email',
  VIA_CARER: 'Through their carer',
} as const;

export const DECLINED_REASONS = {
  CHILD_DECLINED: 'The child declined',
  PARENT_OR_CARER_DECLINED: 'A parent or carer declined',
  OTHER: 'Another reason',
} as const;

export const NOT_OFFERED_REASONS = {
  CHILD_IN_CUSTODY: 'The child is in custody',
  MOVED_OUT_OF_AREA: 'The child has moved out of the area',
  PLACING_AUTHORITY_RESPONSIBLE: 'The placing authority is doing the interview',
  MISSING_AGAIN: 'The child is missing again',
  OTHER_AGENCY_ENGAGED: 'Another agency is already working with the child',
  OTHER: 'Another reason',
} as const;

export const AGENCIES = {
  POLICE: 'Police',
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  HEALTH: 'Health',
  EDUCATION: 'Education',
  YOUTH_JUSTICE: 'Youth justice',
  EXPLOITATION_HUB: 'Exploitation hub',
  HOUSING: 'Housing',
  VOLUNTARY_SECTOR: 'Voluntary sector',
  OTHER: 'Another agency',
} as const;

/** The radios for a return interview's next step. */
export const KIND_CHOICES: Partial<Record<OutcomeKind, { text: string; hint?: string }>> = {
  OFFERED: { text: 'The interview was offered', hint: 'You can record whether the child accepted it, or the interview itself, once it is offered.' },
  NOT_OFFERED: { text: 'No interview will be offered', hint: 'This closes the task.' },
  ACCEPTED: { text: 'The child accepted the interview' },
  DECLINED: { text: 'The interview was declined', hint: 'This closes the task.' },
  HELD: { text: 'The interview was held', hint: 'This closes the task.' },
};

/** The success banner's heading once compliance-tracker has it. */
export const RECORDED: Record<OutcomeKind, string> = {
  OFFERED: 'Interview offer recorded',
  ACCEPTED: 'Interview accepted',
  DECLINED: 'Declined interview recorded',
  HELD: 'Interview recorded',
  NOT_OFFERED: 'Recorded that no interview will be offered',
  MEETING_HELD: 'Meeting recorded',
  DONE: 'Work recorded as done',
};

export type InstantField = 'offeredAt' | 'acceptedAt' | 'heldAt' | 'doneAt';

export const INSTANT_OF: Partial<Record<OutcomeKind, InstantField>> = { OFFERED: 'offeredAt', ACCEPTED: 'acceptedAt', HELD: 'heldAt', MEETING_HELD: 'heldAt', DONE: 'doneAt' };

/** "the interview was offered": the words after "Date" and "Time" in the questions and messages. */
export function instantWords(kind: OutcomeKind, taskType: string): string {
  switch (kind) {
    case 'OFFERED': return 'the interview was offered';
    case 'ACCEPTED': return 'the child accepted';
    case 'HELD': return 'the interview was held';
    case 'MEETING_HELD': return taskType === 'STRATEGY_DISCUSSION' ? 'the strategy discussion was held' : 'the meeting was held';
    default: return 'the work was done';
  }
}

export const options = (words: Record<string, string>) => Object.entries(words).map(([value, text]) => ({ value, text }));
