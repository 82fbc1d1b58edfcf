/**
 * Who work the protocol names someone for goes to, and why, pure: the risk-management follow-up
 * "with the allocated worker" goes to the worker recorded on the child, else to the team manager
 * (the officer holding that rung of the ladder), else it waits in the queue addressed to the
 * team manager. The task keeps the answer, so it says which and why.
 */
import type { RequiredAction } from '@homeward/contracts';

export interface Addressee {
  to: 'ALLOCATED_WORKER' | 'TEAM_MANAGER';
  /** The officer the task is assigned to; null: nobody holds the team manager's rung. */
  staffId: string | null;
  why: string;
}

export function addresseeOf(action: Pick<RequiredAction, 'assignTo'>, allocatedWorker: string | null | undefined, teamManager: string | null): Addressee | null {
  if (action.assignTo !== 'ALLOCATED_WORKER') return null;
  if (allocatedWorker) return { to: 'ALLOCATED_WORKER', staffId: allocatedWorker, why: "The child's allocated worker, as recorded on the child" };
  return teamManager
    ? { to: 'TEAM_MANAGER', staffId: teamManager, why: 'No allocated worker is recorded on the child: the team manager' }
    : { to: 'TEAM_MANAGER', staffId: null, why: 'No allocated worker is recorded on the child and no officer is the team manager: in the queue for the team manager' };
}
