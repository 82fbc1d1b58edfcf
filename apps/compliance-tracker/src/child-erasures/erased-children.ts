import type { EntityManager } from 'typeorm';

/**
 * Holds the children's ids until the transaction ends, so an erasure and a decision about the
 * same child never interleave: an erasure sees every task committed before it, and a task made
 * after it sees its record in child_erasures (READ COMMITTED: each statement after the lock reads anew).
 */
export async function lockChildren(em: EntityManager, childIds: string[]): Promise<void> {
  // One order for everyone: two transactions locking the same ids cannot deadlock.
  for (const id of [...new Set(childIds)].sort()) await em.query(`SELECT pg_advisory_xact_lock(hashtext('compliance-tracker.child:' || $1))`, [id]);
}

/** The erasure that erased any of these children, if one has. */
export async function erasureOf(em: EntityManager, childIds: string[]): Promise<string | null> {
  const [row]: { erasure_id: string }[] = await em.query(`SELECT erasure_id FROM child_erasures WHERE child_id = ANY($1::uuid[]) LIMIT 1`, [childIds]);
  return row?.erasure_id ?? null;
}
