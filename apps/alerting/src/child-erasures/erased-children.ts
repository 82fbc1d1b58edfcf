import type { EntityManager } from 'typeorm';

/** What an erased alert's police reference reads. */
export const ERASED_REFERENCE = '[erased]';

const lockKey = `hashtext('alerting.child:' || $1)`;

/**
 * Raising takes a child's lock shared and an erasure takes it exclusive, so the two never
 * interleave: the erasure sees every alert committed before it, and an alert raised after it
 * finds the child in child_erasures (READ COMMITTED: each statement after the lock reads anew).
 * Many raisers hold it at once; the erasure waits for them.
 */
export async function erasureOfChild(em: EntityManager, childId: string): Promise<{ erasureId: string } | null> {
  await em.query(`SELECT pg_advisory_xact_lock_shared(${lockKey})`, [childId]);
  const [row]: { erasure_id: string }[] = await em.query(`SELECT erasure_id FROM child_erasures WHERE child_id = $1`, [childId]);
  return row ? { erasureId: row.erasure_id } : null;
}

/** The erasure's side: every id, in one order, so two erasures cannot deadlock. */
export async function lockChildrenForErasure(em: EntityManager, childIds: readonly string[]): Promise<void> {
  for (const id of [...new Set(childIds)].sort()) await em.query(`SELECT pg_advisory_xact_lock(${lockKey})`, [id]);
}
