import { timersFor, type ProtocolProfile } from '@homeward/protocol';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { toSnapshot } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';

export interface DueTimer {
  id: string;
  dueAt: Date;
}

/**
 * Makes Postgres hold exactly the time-based rules now due for the episode, in the caller's
 * transaction: a timer that no longer applies (found, risk raised) goes; one whose due instant
 * moved (an earlier missing report arrived late) moves; one that already fired stays as it is.
 * Returns the unfired timers, for the caller to set alarms once the transaction commits.
 */
export async function storeEpisodeTimers(em: EntityManager, profile: ProtocolProfile, episode: Episode): Promise<DueTimer[]> {
  const due = timersFor(profile, toSnapshot(episode));
  await em.query(`DELETE FROM episode_timers WHERE episode_id = $1 AND fired_at IS NULL AND NOT (timer = ANY($2::text[]))`, [
    episode.id,
    due.map((t) => t.timer),
  ]);
  const stored: DueTimer[] = [];
  for (const t of due) {
    const rows: { id: string; due_at: Date }[] = await em.query(
      `INSERT INTO episode_timers (id, episode_id, timer, due_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (episode_id, timer) DO UPDATE SET due_at = EXCLUDED.due_at WHERE episode_timers.fired_at IS NULL
       RETURNING id, due_at`,
      [randomUUID(), episode.id, t.timer, t.dueAt],
    );
    stored.push(...rows.map((r) => ({ id: r.id, dueAt: new Date(r.due_at) })));
  }
  return stored;
}
