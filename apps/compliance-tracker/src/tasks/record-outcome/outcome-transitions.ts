/**
 * Which outcome may be recorded on which task, in which state, and where it leads. Pure.
 * A return interview: claimed -> offered -> accepted -> held, or offered -> declined, or
 * claimed -> not offered. A meeting or strategy discussion: claimed -> held. Other work:
 * claimed -> done.
 */
import type { CmeTaskType, TaskType } from '@homeward/contracts';
import type { TaskStatus } from '../task.entity';

export const OutcomeKinds = ['OFFERED', 'ACCEPTED', 'DECLINED', 'HELD', 'NOT_OFFERED', 'MEETING_HELD', 'DONE'] as const;
export type OutcomeKind = (typeof OutcomeKinds)[number];

const MEETINGS: TaskType[] = ['MULTI_AGENCY_MEETING', 'STRATEGY_DISCUSSION'];
const OTHER_WORK: TaskType[] = ['NOTIFY_RESPONSIBLE_AUTHORITY', 'RISK_MANAGEMENT_FOLLOW_UP', 'REVIEW_EPISODE', 'INFORM_IRO', 'DUTY_AND_REFERRAL_CONSULTATION'];

const RULES: Record<OutcomeKind, { types: TaskType[]; from: TaskStatus[]; to: TaskStatus }> = {
  OFFERED: { types: ['RETURN_INTERVIEW'], from: ['CLAIMED'], to: 'OFFERED' },
  ACCEPTED: { types: ['RETURN_INTERVIEW'], from: ['OFFERED'], to: 'ACCEPTED' },
  DECLINED: { types: ['RETURN_INTERVIEW'], from: ['OFFERED'], to: 'COMPLETED' },
  // Held straight after the offer counts as accepted at the interview itself.
  HELD: { types: ['RETURN_INTERVIEW'], from: ['OFFERED', 'ACCEPTED'], to: 'COMPLETED' },
  NOT_OFFERED: { types: ['RETURN_INTERVIEW'], from: ['CLAIMED'], to: 'COMPLETED' },
  MEETING_HELD: { types: MEETINGS, from: ['CLAIMED'], to: 'COMPLETED' },
  DONE: { types: OTHER_WORK, from: ['CLAIMED'], to: 'COMPLETED' },
};

export type Transition = { ok: true; to: TaskStatus } | { ok: false; problem: 'WRONG_TYPE' | 'ILLEGAL_STATE' };

/** A CME task takes no outcome here: its work is recorded in education-referrals, and it closes with its case. */
export function outcomeTransition(type: TaskType | CmeTaskType, status: TaskStatus, kind: OutcomeKind): Transition {
  const rule = RULES[kind];
  if (!(rule.types as string[]).includes(type)) return { ok: false, problem: 'WRONG_TYPE' };
  if (!rule.from.includes(status)) return { ok: false, problem: 'ILLEGAL_STATE' };
  return { ok: true, to: rule.to };
}

export function outcomesFor(type: TaskType | CmeTaskType): OutcomeKind[] {
  return OutcomeKinds.filter((k) => (RULES[k].types as string[]).includes(type));
}
