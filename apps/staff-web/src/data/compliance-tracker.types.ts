import type { StaffWebRole } from '../auth/session-user';

/** POST /v1/staff/sessions, /v1/staff/token, /v1/staff/oidc-sessions. */
export interface StaffTokenView {
  token: string;
  expiresAt: string;
  officer: { username: string; role: StaffWebRole; displayName: string };
}

/** GET /v1/officers: the staff directory, for names on pages and the assignee filter. */
export interface OfficerView {
  username: string;
  displayName: string;
  role: StaffWebRole;
  disabled: boolean;
  onLeaveNow: boolean;
}

/** The facts recorded about a task's work so far (never the interview summary). */
export interface TaskOutcome {
  result?: 'HELD' | 'DECLINED' | 'NOT_OFFERED' | 'DONE';
  offeredAt?: string;
  offeredHow?: string;
  acceptedAt?: string;
  declinedReason?: string;
  heldAt?: string;
  interviewerIndependent?: boolean;
  notOfferedReason?: string;
  attendeeAgencies?: string[];
  actions?: string[];
  doneAt?: string;
}

/** What a task is about (contracts' TaskSubject): a missing episode, or a child missing education's CME case. */
export type TaskSubject =
  | { kind: 'MISSING_EPISODE'; episodeId: string; childId: string; policeReference: string }
  | { kind: 'CME_CASE'; caseId: string; caseReference: string; childKey: string };
export type TaskSubjectKind = TaskSubject['kind'];

/** GET /v1/tasks items. A CME task has no child, episode, police reference or decision: its subject is the case. */
export interface TaskView {
  id: string;
  type: string;
  status: string;
  priority: string;
  dueAt: string;
  dueAtLondon: string;
  policeReference: string | null;
  reasons: string[];
  assignee: string | null;
  responsibleAuthority: string | null;
  episodeId: string | null;
  childId: string | null;
  decisionId: string | null;
  /** Always sent by compliance-tracker now; read as a missing episode when absent (an older answer). */
  subject?: TaskSubject;
  outcome: TaskOutcome;
  claimedAt: string | null;
  closedAt: string | null;
  createdAt: string;
}

export interface TaskCounts {
  overdue: number;
  dueToday: number;
  unclaimed: number;
}

/** GET /v1/tasks. */
export interface TaskPage {
  items: TaskView[];
  total: number;
  page: number;
  pageSize: number;
  counts: TaskCounts;
}

/** GET /v1/tasks query: the queue's filters, sort and paging as compliance-tracker takes them. */
export interface TaskListQuery {
  status?: string[];
  type?: string;
  assignee?: string;
  childId?: string;
  policeReference?: string;
  subject?: TaskSubjectKind;
  priority?: string;
  overdue?: boolean;
  open?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** GET /v1/tasks/{id}: `outcomeSummary` only for CMO and MANAGER; no deadline rule for a CME task. */
export interface TaskDetailView extends TaskView {
  deadlineRule: { unit: 'CLOCK_HOURS' | 'WORKING_DAYS'; amount: number } | null;
  anchorAt: string;
  outcomeSummary?: string | null;
}

/** GET /v1/tasks/{id}/history, oldest first. */
export interface TaskHistoryEntry {
  at: string;
  actor: string;
  action: 'CREATED' | 'CLAIMED' | 'REASSIGNED' | 'UNCLAIMED' | 'HANDED_OVER' | 'CHILD_MERGED' | 'CHILD_ERASED' | 'OUTCOME_RECORDED' | 'SUPERSEDED' | 'CANCELLED' | 'STATUS_CHANGED';
  fromStatus: string | null;
  toStatus: string;
  details: Record<string, unknown>;
}

/** POST /v1/tasks/{id}/outcome (compliance-tracker's RecordOutcomeDto): `kind` decides the other fields. */
export interface RecordOutcomeBody {
  kind: 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'HELD' | 'NOT_OFFERED' | 'MEETING_HELD' | 'DONE';
  offeredAt?: string;
  offeredHow?: string;
  acceptedAt?: string;
  declinedReason?: string;
  heldAt?: string;
  interviewerIndependent?: boolean;
  summary?: string;
  notOfferedReason?: string;
  attendeeAgencies?: string[];
  actions?: string[];
  doneAt?: string;
}

/** One figure of the Board's: `percent` of the total, one decimal; null when the total is 0. */
export interface Figure {
  count: number;
  percent: number | null;
}

export interface PeriodFigures {
  /** Instants: from included, to excluded. */
  from: string;
  to: string;
  returnInterviews: {
    total: number;
    offeredWithin72h: Figure;
    heldWithin72h: Figure;
    declined: Figure;
    notOffered: Figure;
    notOfferedByReason: Record<string, number>;
    overdueNow: Figure;
  };
  meetings: { total: number; heldByDeadline: Figure; overdueNow: Figure };
}

/** GET /v1/compliance: the period's figures and each London month's (`YYYY-MM`; the first and last cut to the period). */
export interface ComplianceFigures extends PeriodFigures {
  byMonth: (PeriodFigures & { month: string })[];
}

export type LeaveStatus = 'UPCOMING' | 'IN_PROGRESS' | 'ENDED' | 'CANCELLED';

/** GET /v1/leave items, and the answer to every leave action: officers by username. */
export interface LeaveView {
  id: string;
  officer: string;
  startsAt: string;
  /** For leave cancelled while under way, the moment it was cancelled. */
  endsAt: string;
  /** null: the team queue. */
  cover: string | null;
  status: LeaveStatus;
  recordedBy: string;
  recordedAt: string;
  routedAt: string | null;
  routedTasks: number | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
}

export interface LeavePage {
  items: LeaveView[];
  page: number;
  pageSize: number;
}

/** GET /v1/leave/{id}. */
export interface LeaveDetailView extends LeaveView {
  /** Oldest first; from/to null: the team queue. */
  tasksMoved: { taskId: string; from: string | null; to: string | null; at: string; by: string }[];
  changes: { at: string; actor: string; action: 'RECORDED' | 'CHANGED' | 'CANCELLED'; detail: Record<string, unknown> }[];
}

/** POST /v1/leave. */
export interface NewLeave {
  officer: string;
  startsAt: string;
  endsAt: string;
  cover?: string;
}

/** PATCH /v1/leave/{id}: what is left out stays as it is. */
export interface LeaveChange {
  startsAt?: string;
  endsAt?: string;
  coverUsername?: string | null;
}

/** RHIs of one side of the placing line, as GET /v1/compliance?homeAuthority= splits them. */
export interface ResponsibilityFigures {
  total: number;
  offeredWithin72h: Figure;
  heldWithin72h: Figure;
  declined: Figure;
  notOffered: Figure;
  overdueNow: Figure;
}

export interface ReturnInterviewsByResponsibility {
  ours: ResponsibilityFigures;
  placedHere: ResponsibilityFigures;
}

export interface ComplianceFiguresByResponsibility extends ComplianceFigures {
  returnInterviewsByResponsibility: ReturnInterviewsByResponsibility;
  byMonth: (PeriodFigures & { month: string; returnInterviewsByResponsibility: ReturnInterviewsByResponsibility })[];
}

/** GET /v1/episode-work: an episode's latest return interview and its other open work. */
export interface EpisodeWork {
  episodeId: string;
  returnInterview: {
    taskId: string;
    state: 'TO_OFFER' | 'OFFERED' | 'ACCEPTED' | 'HELD' | 'DECLINED' | 'NOT_OFFERED' | 'SUPERSEDED' | 'CANCELLED';
    priority: string;
    dueAt: string;
    dueAtLondon: string;
    offeredAt: string | null;
    heldAt: string | null;
    overdue: boolean;
    offeredOnTime: boolean | null;
    heldOnTime: boolean | null;
    responsibleAuthority: string | null;
    hostForce: string | null;
    assignee: string | null;
  } | null;
  openActions: { taskId: string; type: string; status: string; priority: string; dueAt: string; dueAtLondon: string; overdue: boolean; assignee: string | null; responsibleAuthority: string | null }[];
}
