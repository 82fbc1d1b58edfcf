import { TEAM_QUEUE } from '../hand-over';

export interface TaskMove {
  taskId: string;
  /** null: the team queue. */
  from: string | null;
  to: string | null;
  at: string;
  /** Who moved it: system:leave-cover at the start, the officer who changed the cover, or who claimed it. */
  by: string;
}

export interface LeaveHistoryRow {
  task_id: string;
  at: Date;
  actor: string;
  detail: Record<string, unknown>;
}

const queueOrName = (v: unknown) => (v === TEAM_QUEUE || typeof v !== 'string' ? null : v);

/**
 * The moves a leave caused, from the task history rows that name it: hand-overs (at the start,
 * or when the cover changed) and tasks the officer claimed meanwhile, which went to the cover.
 */
export function tasksMovedBy(rows: LeaveHistoryRow[]): TaskMove[] {
  return rows.flatMap((r): TaskMove[] => {
    const at = new Date(r.at).toISOString();
    if ('toAssignee' in r.detail) return [{ taskId: r.task_id, from: queueOrName(r.detail.fromAssignee), to: queueOrName(r.detail.toAssignee), at, by: r.actor }];
    if (typeof r.detail.coveredBy === 'string') return [{ taskId: r.task_id, from: null, to: r.detail.coveredBy, at, by: r.actor }];
    return [];
  });
}
