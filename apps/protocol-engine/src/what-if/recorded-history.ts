import { In, LessThanOrEqual, type DataSource } from 'typeorm';
import { AppliedNotification } from '../episodes/applied-notification.entity';
import type { FiredTimer, RecordedTrigger } from './replay';

/**
 * The children's notifications and fired timers up to `to`, in the order the live system met
 * them: whatever made a decision in decision order (one child's decisions are serialised by row
 * locks, so that is the order they saw each other in), and a timer that fired without deciding
 * just after the child's decisions made before it fired. One snapshot, so the lists agree.
 */
export function recordedHistory(dataSource: DataSource, childIds: string[], to: Date): Promise<RecordedTrigger[]> {
  if (!childIds.length) return Promise.resolve([]);
  return dataSource.transaction('REPEATABLE READ', async (em) => {
    const notifications = await em.find(AppliedNotification, { where: { childId: In(childIds), occurredAt: LessThanOrEqual(to) } });
    const decisions: { id: string; seq: string }[] = await em.query(`SELECT id, seq FROM decisions WHERE child_id = ANY($1)`, [childIds]);
    const timers: (FiredTimer & { position: string })[] = await em.query(
      `SELECT t.id, e.child_id AS "childId", t.episode_id AS "episodeId", e.police_reference AS "policeReference", t.timer,
              t.due_at AS "dueAt", t.fired_at AS "firedAt", t.decision_id AS "decisionId",
              COALESCE(d.protocol_version_id, (SELECT v.id FROM protocol_versions v WHERE v.status <> 'DRAFT' AND v.effective_from <= t.due_at
                                               ORDER BY v.effective_from DESC LIMIT 1)) AS "protocolVersionId",
              COALESCE(d.seq, (SELECT max(x.seq) FROM decisions x WHERE x.child_id = e.child_id AND x.decided_at <= t.fired_at) + 0.5, 0) AS position
       FROM episode_timers t JOIN episodes e ON e.id = t.episode_id LEFT JOIN decisions d ON d.id = t.decision_id
       WHERE t.fired_at IS NOT NULL AND e.child_id = ANY($1) AND t.due_at <= $2`,
      [childIds, to],
    );
    // A notification's decision is in the same transaction as it, so in this snapshot too.
    const seq = new Map(decisions.map((d) => [d.id, Number(d.seq)]));
    const positioned = [
      ...notifications.map((n) => ({ position: seq.get(n.decisionId)!, trigger: { kind: 'notification', notification: n } as const })),
      ...timers.map(({ position, ...timer }) => ({ position: Number(position), trigger: { kind: 'timer', timer } as const })),
    ];
    return positioned.sort((a, b) => a.position - b.position).map((p) => p.trigger);
  });
}
