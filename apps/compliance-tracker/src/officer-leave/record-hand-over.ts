import { EntityManager } from 'typeorm';
import { appendHistory } from '../tasks/task-history';
import { Task } from '../tasks/task.entity';
import { HandOver, TEAM_QUEUE } from './hand-over';

/** Applies the hand-over to the tasks (locked by the caller), each move in task history, in the caller's transaction. */
export async function recordHandOver(em: EntityManager, moves: readonly HandOver[], by: { actor: string; at: Date; leaveId: string; reason?: string }): Promise<void> {
  for (const m of moves) {
    await em.update(Task, { id: m.taskId }, m.to);
    await appendHistory(em, {
      taskId: m.taskId,
      at: by.at,
      actor: by.actor,
      from: m.from.status,
      to: m.to.status,
      detail: { leaveId: by.leaveId, fromAssignee: m.from.assignee, toAssignee: m.to.assignee ?? TEAM_QUEUE, ...(by.reason ? { reason: by.reason } : {}) },
    });
  }
}
