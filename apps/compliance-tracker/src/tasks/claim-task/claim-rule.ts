/**
 * Who an officer's claim gives the task to, pure: an open task becomes theirs, or their
 * cover's while they are on leave; on leave without a cover it stays in the team queue.
 */
import type { ActiveLeave } from '../../officer-leave/leave-cover';
import type { TaskStatus } from '../task.entity';

export type Taker = { ok: true; assignee: string; coveredBy?: { leaveId: string } } | { ok: false; problem: 'ON_LEAVE_WITHOUT_COVER'; until: Date };

export type Claim = Taker | { ok: false; problem: 'NOT_OPEN' };

/** Who takes work given to an officer (their own claim, or a manager's reassignment): them, or their cover while they are away. */
export function takerFor(officer: string, leave: ActiveLeave | null): Taker {
  if (!leave) return { ok: true, assignee: officer };
  if (!leave.cover) return { ok: false, problem: 'ON_LEAVE_WITHOUT_COVER', until: leave.endsAt };
  return { ok: true, assignee: leave.cover, coveredBy: { leaveId: leave.leaveId } };
}

export function claimBy(status: TaskStatus, officer: string, leave: ActiveLeave | null): Claim {
  if (status !== 'OPEN') return { ok: false, problem: 'NOT_OPEN' };
  return takerFor(officer, leave);
}
