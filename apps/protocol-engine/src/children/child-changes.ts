import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export type ChildChangeAction = 'DETAILS_CORRECTED' | 'MERGED' | 'MERGED_INTO';

export interface ChildChange {
  childId: string;
  at: Date;
  /** A staff id (`staff:<id>`) or the force whose notification made the change (`police:<force>`). */
  actor: string;
  action: ChildChangeAction;
  /** Which fields changed and what they were, or which records were merged. Personal data: read only by staff. */
  detail: Record<string, unknown>;
}

/** Appends to a child's audited changes, in the caller's transaction. */
export async function recordChildChange(em: EntityManager, c: ChildChange): Promise<string> {
  const id = randomUUID();
  await em.query(`INSERT INTO child_changes (id, child_id, at, actor, action, detail) VALUES ($1, $2, $3, $4, $5, $6)`, [
    id,
    c.childId,
    c.at,
    c.actor,
    c.action,
    JSON.stringify(c.detail),
  ]);
  return id;
}
