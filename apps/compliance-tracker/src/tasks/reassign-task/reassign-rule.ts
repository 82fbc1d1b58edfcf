/**
 * Where a manager's reassignment puts a task, pure. Open work goes to the officer chosen (and
 * becomes CLAIMED), work under way keeps its state with its new holder. The claim-while-on-leave
 * rule holds: an officer on leave with a cover hands it straight to the cover; one on leave
 * without a cover cannot be given work. Closed work, or a move to whoever holds it, is refused.
 */
import type { ActiveLeave } from '../../officer-leave/leave-cover';
import { takerFor } from '../claim-task/claim-rule';
import { OpenTaskStatuses, TaskStatus } from '../task.entity';

export type Reassignment =
  | { ok: true; assignee: string; status: TaskStatus; coveredBy?: { leaveId: string } }
  | { ok: false; problem: 'CLOSED' | 'ALREADY_ASSIGNED' }
  | { ok: false; problem: 'ON_LEAVE_WITHOUT_COVER'; until: Date };

export function reassignTo(task: { status: TaskStatus; assignee: string | null }, officer: string, leave: ActiveLeave | null): Reassignment {
  if (!OpenTaskStatuses.includes(task.status)) return { ok: false, problem: 'CLOSED' };
  const taker = takerFor(officer, leave);
  if (!taker.ok) return taker;
  if (taker.assignee === task.assignee) return { ok: false, problem: 'ALREADY_ASSIGNED' };
  return { ...taker, status: task.status === 'OPEN' ? 'CLAIMED' : task.status };
}
