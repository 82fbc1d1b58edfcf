import type { AlertView } from '../../data/alerting.types';
import type { OfficerView, TaskView } from '../../data/compliance-tracker.types';
import type { CmeCaseSummary } from '../../data/education-referrals.types';
import type { ChildChange, ChildRecord, EpisodeNotification, EpisodeRecord, PlacementNoticeView, RecordView } from '../../data/protocol-engine.types';
import { actorInWords, ChangeOnPage, childChangesInWords } from '../child-changes-in-words';
import { taskOutcomeInWords } from '../task-outcome-in-words';

const OPEN_STATUSES = new Set(['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED']);

export interface ChildRecordSources {
  record: ChildRecord;
  /** Every task for the child, any status. */
  tasks: TaskView[];
  /** The alerts raised for the child's police references. */
  alerts: AlertView[];
  officers: OfficerView[];
  /** Managers only. */
  views?: RecordView[];
  placementNotices: PlacementNoticeView[];
  /** Managers only. */
  changes?: ChildChange[];
  /** The same child's CME cases, open and closed. */
  cmeCases: CmeCaseSummary[];
  now: Date;
}

export interface PlacementNoticeOnPage extends PlacementNoticeView {
  /** Who sent it, in words. */
  from: string;
}

export interface NotificationOnPage extends EpisodeNotification {
  /** The police grading before this notification, when this one changed it. */
  riskChangedFrom: string | null;
}

export interface TaskOnPage {
  id: string;
  type: string;
  status: string;
  priority: string;
  dueAt: string;
  open: boolean;
  overdue: boolean;
  assignee: string | null;
  outcome: string[];
}

export interface EpisodeOnPage extends Omit<EpisodeRecord, 'notifications'> {
  notifications: NotificationOnPage[];
  tasks: TaskOnPage[];
  alerts: AlertView[];
}

export interface ChildRecordPage {
  child: ChildRecord & { name: string };
  openNow: { missing: EpisodeRecord | null; missingEducation: CmeCaseSummary | null; openTasks: number; overdueTasks: number; anything: boolean };
  cmeCases: CmeCaseSummary[];
  /** "3 episodes in the last 90 days", when the protocol has a window. */
  repeat: string | null;
  episodes: EpisodeOnPage[];
  views?: { who: string; purpose: string; viewedAt: string }[];
  /** The allocated worker's name, or null when none is recorded. */
  allocatedWorker: string | null;
  placementNotices: PlacementNoticeOnPage[];
  changes?: ChangeOnPage[];
}

const byTime = <T>(at: (item: T) => string) => (a: T, b: T) => at(a).localeCompare(at(b));

/** What the child's page shows, composed from the three services' answers. Pure. */
export function childRecordPage(sources: ChildRecordSources): ChildRecordPage {
  const { record, now } = sources;
  const names = new Map(sources.officers.map((o) => [o.username, o.displayName || o.username]));
  const nameOf = (username: string | null) => (username ? (names.get(username) ?? username) : null);
  const officerName = (username: string) => names.get(username) ?? username;

  const tasks = sources.tasks.map((t): TaskOnPage & { episodeId: string | null; policeReference: string | null; createdAt: string } => {
    const open = OPEN_STATUSES.has(t.status);
    return {
      id: t.id,
      type: t.type,
      status: t.status,
      priority: t.priority,
      dueAt: t.dueAt,
      open,
      overdue: open && new Date(t.dueAt).getTime() < now.getTime(),
      assignee: nameOf(t.assignee),
      outcome: taskOutcomeInWords(t.outcome),
      episodeId: t.episodeId,
      policeReference: t.policeReference,
      createdAt: t.createdAt,
    };
  });
  // An alert or task belongs to its episode; by police reference when it names none.
  const ofEpisode = (e: EpisodeRecord) => (item: { episodeId?: string | null; policeReference: string | null }) =>
    item.episodeId ? item.episodeId === e.id : item.policeReference === e.policeReference;

  const episodes = record.episodes.map((e): EpisodeOnPage => ({
    ...e,
    notifications: withRiskChanges(e.notifications),
    tasks: tasks.filter(ofEpisode(e)).sort(byTime((t) => t.createdAt)).map(({ episodeId: _e, policeReference: _p, createdAt: _c, ...t }) => t),
    alerts: sources.alerts.filter(ofEpisode(e)).sort(byTime((a) => a.raisedAt)),
  }));

  const openTasks = tasks.filter((t) => t.open);
  const missing = record.episodes.find((e) => e.status === 'MISSING') ?? null;
  const overdueTasks = openTasks.filter((t) => t.overdue).length;
  const missingEducation = sources.cmeCases.find((c) => c.status === 'OPEN') ?? null;
  return {
    child: { ...record, name: `${record.givenName} ${record.familyName}` },
    openNow: { missing, missingEducation, openTasks: openTasks.length, overdueTasks, anything: Boolean(missing) || Boolean(missingEducation) || openTasks.length > 0 },
    cmeCases: sources.cmeCases,
    repeat:
      record.repeatCount === null || record.repeatWindowDays === null
        ? null
        : `${record.repeatCount} ${record.repeatCount === 1 ? 'episode' : 'episodes'} in the last ${record.repeatWindowDays} days`,
    episodes,
    views: sources.views?.map((v) => ({ who: nameOf(v.staffId) ?? v.staffId, purpose: v.purpose, viewedAt: v.viewedAt })),
    allocatedWorker: nameOf(record.allocatedWorker),
    // Sent by the placing authority's own system, or recorded by staff for it.
    placementNotices: sources.placementNotices.map((n) => ({
      ...n,
      from: n.sender.startsWith('la:') ? `${n.sender.slice(3)}'s own system` : `${actorInWords(n.sender, officerName)}, for the placing authority`,
    })),
    changes: sources.changes && childChangesInWords(sources.changes, officerName),
  };
}

function withRiskChanges(notifications: EpisodeNotification[]): NotificationOnPage[] {
  let previous: string | null = null;
  return notifications.map((n) => {
    const riskChangedFrom = previous !== null && previous !== n.riskLevel ? previous : null;
    previous = n.riskLevel;
    return { ...n, riskChangedFrom };
  });
}
