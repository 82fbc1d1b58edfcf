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

/** GET /v1/tasks items. */
export interface TaskView {
  id: string;
  type: string;
  status: string;
  priority: string;
  dueAt: string;
  dueAtLondon: string;
  policeReference: string;
  reasons: string[];
  assignee: string | null;
  responsibleAuthority: string | null;
  episodeId: string;
  childId: string;
  decisionId: string;
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
  priority?: string;
  overdue?: boolean;
  open?: boolean;
  sort?: string;
  page?: number;
  pageSize?: number;
}

/** GET /v1/tasks/{id}: `outcomeSummary` only for CMO and MANAGER. */
export interface TaskDetailView extends TaskView {
  deadlineRule: { unit: 'CLOCK_HOURS' | 'WORKING_DAYS'; amount: number };
  anchorAt: string;
  outcomeSummary?: string | null;
}

/** GET /v1/tasks/{id}/history, oldest first. */
export interface TaskHistoryEntry {
  at: string;
  actor: string;
  action: 'CREATED' | 'CLAIMED' | 'HANDED_OVER' | 'OUTCOME_RECORDED' | 'SUPERSEDED' | 'CANCELLED' | 'STATUS_CHANGED';
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
