import { EntityManager } from 'typeorm';

export interface ActiveLeave {
  leaveId: string;
  endsAt: Date;
  /** The covering officer's username; null: the team queue. */
  cover: string | null;
}

/** The officer's leave in force at `at`, if any: who their work goes to meanwhile. */
export async function activeLeaveOf(em: EntityManager, officerId: string, at: Date): Promise<ActiveLeave | null> {
  const [row] = (await em.query(
    `SELECT l.id, l.ends_at, c.username AS cover
       FROM officer_leave l LEFT JOIN officers c ON c.id = l.cover_officer_id
      WHERE l.officer_id = $1 AND l.starts_at <= $2 AND l.ends_at > $2 AND l.cancelled_at IS NULL
      ORDER BY l.starts_at DESC LIMIT 1`,
    [officerId, at],
  )) as { id: string; ends_at: Date; cover: string | null }[];
  return row ? { leaveId: row.id, endsAt: new Date(row.ends_at), cover: row.cover } : null;
}
