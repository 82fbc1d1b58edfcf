import type { OutboxWriter } from '@homeward/platform';
import { EntityManager } from 'typeorm';
import { taskAssigned } from '../tasks/task-assigned';
import { appendHistory } from '../tasks/task-history';
import { Task } from '../tasks/task.entity';
import { HandOver, TEAM_QUEUE } from './hand-over';

/**
 * Applies the hand-over to the tasks (locked by the caller), each move in task history and
 * announced as `compliance.task-assigned.v1` (HANDED_OVER), in the caller's transaction.
 */
export async function recordHandOver(
  em: EntityManager,
  outbox: OutboxWriter,
  moves: readonly HandOver[],
  by: { actor: string; at: Date; leaveId: string; reason?: string },
): Promise<void> {
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
    const moved = await em.findOneByOrFail(Task, { id: m.taskId });
    // The leave is what every move it caused has in common: one correlation id for them all.
    await outbox.append(em, taskAssigned(moved, { kind: 'HANDED_OVER', previousAssignee: m.from.assignee, by: by.actor, at: by.at, correlationId: by.leaveId }));
  }
}
