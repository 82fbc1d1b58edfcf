import type { WakeUp } from '@homeward/platform';

export const LEAVE_START = 'leave-start';

/** The wake-up at a leave's start. Its start instant is its version: a moved start is a new wake-up. */
export function leaveStartWakeUp(leave: { id: string; startsAt: Date }): WakeUp {
  return { kind: LEAVE_START, subjectId: leave.id, dueAt: leave.startsAt, version: leave.startsAt.getTime() };
}
