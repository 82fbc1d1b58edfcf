import { EntityManager } from 'typeorm';

export interface HistoryEntry {
  taskId: string;
  at: Date;
  /** An officer's username, or the system part that acted (protocol, alarm, sweep). */
  actor: string;
  from: string | null;
  to: string;
  /** References, enumerated reasons and instants only: never free text about the child. */
  detail: Record<string, unknown>;
}

/** Appends to a task's history in the caller's transaction. */
export function appendHistory(em: EntityManager, e: HistoryEntry): Promise<unknown> {
  return em.query(
    `INSERT INTO task_history (task_id, at, actor, from_status, to_status, detail) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.taskId, e.at, e.actor, e.from, e.to, JSON.stringify(e.detail)],
  );
}
