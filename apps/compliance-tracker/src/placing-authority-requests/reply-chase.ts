import { addWorkingDays } from '@homeward/deadlines';

/**
 * The chase of a placing authority's reply, pure: no reply `workingDays` working days after
 * asking, the CMO is reminded; none another `workingDays` later, the team manager hears.
 * Then nothing more is scheduled: the escalation is the manager's to act on.
 */
export const ReplyChaseLevels = [
  { level: 1, step: 'REMINDED', notifyRole: 'CHILDREN_MISSING_OFFICER' },
  { level: 2, step: 'ESCALATED', notifyRole: 'TEAM_MANAGER', escalationLevel: 1 },
] as const;

export type ReplyChaseLevel = (typeof ReplyChaseLevels)[number];

export interface ReplyChase {
  chase: ReplyChaseLevel;
  dueAt: Date;
}

/** The chase at `level` (1, 2...) of a request asked at `askedAt`, or null past the last one. */
export function replyChase(askedAt: Date, level: number, workingDays: number): ReplyChase | null {
  const chase = ReplyChaseLevels.find((c) => c.level === level);
  return chase ? dueAt(askedAt, chase, workingDays) : null;
}

/** The reminder: every request has one. */
export const firstReplyChase = (askedAt: Date, workingDays: number): ReplyChase => dueAt(askedAt, ReplyChaseLevels[0], workingDays);

const dueAt = (askedAt: Date, chase: ReplyChaseLevel, workingDays: number): ReplyChase => ({ chase, dueAt: addWorkingDays(askedAt, chase.level * workingDays) });
