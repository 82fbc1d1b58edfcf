import { formatLondon } from '@homeward/deadlines';
import { isCompliant } from '../compliance-figures/compliance-rule';
import { OpenTaskStatuses, type TaskOutcome, type TaskStatus } from '../tasks/task.entity';

/** What the weekly report reads of one task of a missing episode. */
export interface EpisodeTask {
  id: string;
  episodeId: string;
  type: string;
  status: TaskStatus;
  priority: string;
  dueAt: Date;
  outcome: TaskOutcome;
  responsibleAuthority: string | null;
  hostForce: string | null;
  assignee: string | null;
  supersededBy: string | null;
  createdAt: Date;
}

/** Where the return interview stands, in the words a report uses. */
export const RhiStates = ['TO_OFFER', 'OFFERED', 'ACCEPTED', 'HELD', 'DECLINED', 'NOT_OFFERED', 'SUPERSEDED', 'CANCELLED'] as const;
export type RhiState = (typeof RhiStates)[number];

export interface ReturnInterview {
  taskId: string;
  state: RhiState;
  priority: string;
  dueAt: string;
  dueAtLondon: string;
  offeredAt: string | null;
  heldAt: string | null;
  /** Open work past its deadline now. */
  overdue: boolean;
  /** Offered by the deadline, as the Board counts it; null while it may still be (open, not yet due) or never judged (superseded, cancelled). */
  offeredOnTime: boolean | null;
  /** Held by the deadline; null when not held. */
  heldOnTime: boolean | null;
  /** Null: this authority; else the placing authority, responsible for the interview. */
  responsibleAuthority: string | null;
  /** Arranged in another area: the force our child was reported missing by. */
  hostForce: string | null;
  assignee: string | null;
}

export interface OpenAction {
  taskId: string;
  type: string;
  status: string;
  priority: string;
  dueAt: string;
  dueAtLondon: string;
  overdue: boolean;
  assignee: string | null;
  responsibleAuthority: string | null;
}

export interface EpisodeWork {
  episodeId: string;
  /** The latest return interview asked for the episode; null when none was. */
  returnInterview: ReturnInterview | null;
  /** Its other work still open, soonest due first. */
  openActions: OpenAction[];
}

const iso = (instant: string | undefined): string | null => (instant === undefined ? null : new Date(instant).toISOString());
const isOpen = (t: EpisodeTask) => OpenTaskStatuses.includes(t.status);
const overdueAt = (t: EpisodeTask, now: Date) => isOpen(t) && t.dueAt.getTime() < now.getTime();

export function rhiState(t: Pick<EpisodeTask, 'status' | 'outcome'>): RhiState {
  switch (t.status) {
    case 'OPEN':
    case 'CLAIMED':
      return 'TO_OFFER';
    case 'OFFERED':
    case 'ACCEPTED':
    case 'SUPERSEDED':
    case 'CANCELLED':
      return t.status;
    case 'COMPLETED':
      return t.outcome.result === 'DECLINED' || t.outcome.result === 'NOT_OFFERED' ? t.outcome.result : 'HELD';
  }
}

function offeredOnTime(t: EpisodeTask, now: Date): boolean | null {
  if (t.outcome.offeredAt !== undefined || t.status === 'COMPLETED') return isCompliant({ type: 'RETURN_INTERVIEW', dueAt: t.dueAt }, t.outcome);
  if (t.status === 'SUPERSEDED' || t.status === 'CANCELLED') return null;
  return overdueAt(t, now) ? false : null;
}

function returnInterview(t: EpisodeTask, now: Date): ReturnInterview {
  return {
    taskId: t.id,
    state: rhiState(t),
    priority: t.priority,
    dueAt: t.dueAt.toISOString(),
    dueAtLondon: formatLondon(t.dueAt),
    offeredAt: iso(t.outcome.offeredAt),
    heldAt: iso(t.outcome.heldAt),
    overdue: overdueAt(t, now),
    offeredOnTime: offeredOnTime(t, now),
    heldOnTime: t.outcome.heldAt ? Date.parse(t.outcome.heldAt) <= t.dueAt.getTime() : null,
    responsibleAuthority: t.responsibleAuthority,
    hostForce: t.hostForce,
    assignee: t.assignee,
  };
}

/** Each asked episode that has work, in the order asked: its latest RHI and its other open work. */
export function episodeWork(episodeIds: readonly string[], tasks: readonly EpisodeTask[], now: Date): EpisodeWork[] {
  const out: EpisodeWork[] = [];
  for (const episodeId of new Set(episodeIds)) {
    const mine = tasks.filter((t) => t.episodeId === episodeId);
    if (mine.length === 0) continue;
    const rhi = mine.filter((t) => t.type === 'RETURN_INTERVIEW').sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    const open = mine.filter((t) => t.type !== 'RETURN_INTERVIEW' && isOpen(t)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    out.push({
      episodeId,
      returnInterview: rhi ? returnInterview(rhi, now) : null,
      openActions: open.map((t) => ({
        taskId: t.id, type: t.type, status: t.status, priority: t.priority, dueAt: t.dueAt.toISOString(), dueAtLondon: formatLondon(t.dueAt),
        overdue: overdueAt(t, now), assignee: t.assignee, responsibleAuthority: t.responsibleAuthority,
      })),
    });
  }
  return out;
}
