import { WakeUps, type WakeUp } from '@homeward/platform';
import { timersFor, type ProtocolProfile } from '@homeward/protocol';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { toSnapshot } from '../episodes/apply-notification';
import type { Episode } from '../episodes/episode.entity';

/** The wake-up kind of a time-based rule: its subject is the timer. */
export const EPISODE_TIMER = 'episode-timer';

/** Woken at `at` for the timer; the instant is the version, so a timer that moved is woken anew. */
export const timerWakeUp = (timerId: string, at: Date): WakeUp => ({ kind: EPISODE_TIMER, subjectId: timerId, dueAt: at, version: at.getTime() });

/**
 * Makes Postgres hold exactly the time-based rules now due for the episode, each with its
 * wake-up, in the caller's transaction: a timer that no longer applies (found, risk raised) goes
 * (its wake-up finds it gone); one whose due instant moved (an earlier missing report arrived
 * late) moves; one that already fired stays as it is.
 */
@Injectable()
export class EpisodeTimers {
  constructor(private readonly wakeUps: WakeUps) {}

  async store(em: EntityManager, profile: ProtocolProfile, episode: Episode): Promise<void> {
    // A withdrawn report waits for nothing: its pending timers go with their wake-ups.
    const due = episode.withdrawnAt ? [] : timersFor(profile, toSnapshot(episode));
    const [gone]: [{ id: string }[], number] = await em.query(
      `DELETE FROM episode_timers WHERE episode_id = $1 AND fired_at IS NULL AND NOT (timer = ANY($2::text[])) RETURNING id`,
      [episode.id, due.map((t) => t.timer)],
    );
    for (const t of gone) await this.wakeUps.cancel(em, EPISODE_TIMER, t.id);
    for (const t of due) {
      // Only a new or moved timer needs waking: an unchanged one has its wake-up (or, while its
      // episode is busy, a later one), and the timer being fired must not be woken again.
      const rows: { id: string; due_at: Date }[] = await em.query(
        `INSERT INTO episode_timers (id, episode_id, timer, due_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (episode_id, timer) DO UPDATE SET due_at = EXCLUDED.due_at
           WHERE episode_timers.fired_at IS NULL AND episode_timers.due_at <> EXCLUDED.due_at
         RETURNING id, due_at`,
        [randomUUID(), episode.id, t.timer, t.dueAt],
      );
      await this.wakeUps.schedule(em, ...rows.map((r) => timerWakeUp(r.id, new Date(r.due_at))));
    }
  }
}
