import type { Task, TaskStatus } from '../tasks/task.entity';

/** The assignee value task history records for "back to the team queue". */
export const TEAM_QUEUE = 'TEAM_QUEUE';

/**
 * A named cover takes the task as it stands. Without one it goes back to the team queue: a
 * merely claimed task is OPEN again for anyone to claim; one already offered or accepted keeps
 * its state (the child has been offered an interview) and is left unassigned.
 */
export function handOver(status: TaskStatus, cover: string | null): Pick<Task, 'status' | 'assignee'> & Partial<Pick<Task, 'claimedAt'>> {
  if (cover) return { status, assignee: cover };
  return status === 'CLAIMED' ? { status: 'OPEN', assignee: null, claimedAt: null } : { status, assignee: null };
}
