import type { Task, TaskStatus } from '../tasks/task.entity';

/** The assignee value task history records for "back to the team queue". */
export const TEAM_QUEUE = 'TEAM_QUEUE';

export interface HandOver {
  taskId: string;
  from: { status: TaskStatus; assignee: string | null };
  to: Pick<Task, 'status' | 'assignee'> & Partial<Pick<Task, 'claimedAt'>>;
}

/**
 * Where an officer's open tasks go while they are away, pure. A named cover takes each task as
 * it stands. Without one it goes back to the team queue: a merely claimed task is OPEN again
 * for anyone to claim; one already offered or accepted keeps its state (the child has been
 * offered an interview) and is left unassigned.
 */
export function handOver(tasks: readonly Pick<Task, 'id' | 'status' | 'assignee'>[], cover: string | null): HandOver[] {
  return tasks.map((t) => ({
    taskId: t.id,
    from: { status: t.status, assignee: t.assignee },
    to: cover ? { status: t.status, assignee: cover } : t.status === 'CLAIMED' ? { status: 'OPEN', assignee: null, claimedAt: null } : { status: t.status, assignee: null },
  }));
}
