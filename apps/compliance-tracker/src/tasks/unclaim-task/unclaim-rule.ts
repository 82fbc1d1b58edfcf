/**
 * What unclaiming a task leaves, pure: back in the team queue. A merely claimed task is OPEN
 * again for anyone to claim; one already offered or accepted keeps its state (the child has been
 * offered an interview), unassigned, as a hand-over to the team queue leaves it. A CMO may give
 * back only their own work; a manager anyone's.
 */
import { handOver } from '../../officer-leave/hand-over';
import type { OfficerRole } from '../../staff-auth/officer.entity';
import { OpenTaskStatuses, Task } from '../task.entity';

export type Unclaim = { ok: true; to: Pick<Task, 'status' | 'assignee'> & Partial<Pick<Task, 'claimedAt'>> } | { ok: false; problem: 'CLOSED' | 'NOT_HELD' | 'NOT_YOURS' };

export function unclaim(task: Pick<Task, 'id' | 'status' | 'assignee'>, actor: { username: string; role: OfficerRole }): Unclaim {
  if (!OpenTaskStatuses.includes(task.status)) return { ok: false, problem: 'CLOSED' };
  if (task.assignee === null) return { ok: false, problem: 'NOT_HELD' };
  if (actor.role !== 'MANAGER' && task.assignee !== actor.username) return { ok: false, problem: 'NOT_YOURS' };
  return { ok: true, to: handOver([task], null)[0].to };
}
