import type {
  AlertKind,
  CancellationReason,
  CareStatus,
  MeetingList,
  MissingFrom,
  NotificationType,
  PlacementProviderKind,
  RiskLevel,
  TaskPriority,
  TaskType,
  Vulnerability,
} from './enums';
import type { CmeTaskType } from './education';

/**
 * police.notification-received.v1: a police notification ingest-api accepted.
 * The only event that carries a child's personal data, because protocol-engine must
 * recognise the child; its key is the child's keyed hash, never a name.
 */
export interface NotificationReceivedV1 {
  notificationId: string;
  ingestId: string;
  force: string;
  type: NotificationType;
  policeReference: string;
  occurredAt: string;
  receivedAt: string;
  child: {
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    gender?: string;
    localAuthorityId?: string;
  };
  riskLevel: RiskLevel;
  careStatus: CareStatus;
  responsibleAuthority?: string;
  missingFrom?: MissingFrom;
  vulnerabilities: Vulnerability[];
  location?: { postcode?: string; description?: string };
  found?: { returnedTo?: string; foundBy?: string; safeAndWellCheckAt?: string; harmSuffered?: boolean };
  /** With CANCELLED: why the report is withdrawn. */
  cancellation?: { reason: CancellationReason };
}

/**
 * placement.notice-received.v1: a placing authority (through its own key) or staff told us a
 * looked-after child was placed here. Carries the child's identity so protocol-engine can
 * recognise the child as it recognises them in police notifications; keyed by the child's hash.
 */
export interface PlacementNoticeReceivedV1 {
  /** ingest-api's id for the accepted notice. */
  placementNoticeId: string;
  /** The sender's own id for the notice (idempotency), unique per sender. */
  noticeId: string;
  /** Who sent it: `la:<code>` for a placing authority's key, `staff:<staff id>` for staff. */
  sender: string;
  receivedAt: string;
  child: { givenName: string; familyName: string; dateOfBirth: string; gender?: string; localAuthorityId?: string };
  /** The placing (responsible) authority's code. */
  placingAuthority: string;
  /** YYYY-MM-DD: the placement's first day, and its last when known (null: open-ended). */
  placementStart: string;
  placementEnd: string | null;
  provider: { name: string; kind: PlacementProviderKind };
  riskAssessmentProvided: boolean;
  riskManagementPlanProvided: boolean;
}

/** How a task's deadline is reckoned from its anchor instant. */
export interface DeadlineRule {
  unit: 'CLOCK_HOURS' | 'WORKING_DAYS';
  amount: number;
}

/** The reminder and escalation intervals of one task's deadline, in clock hours (protocol configuration, per task type). */
export interface TaskAlarmLadder {
  /** The holder is reminded this long before the deadline. */
  reminderBeforeHours: number;
  /** The team manager hears this long after the deadline passes, the service manager after the second. */
  escalateTeamManagerAfterHours: number;
  escalateServiceManagerAfterHours: number;
  /** The team manager hears when nobody has claimed the task this long after it was set (absent: the tracker's setting). */
  unclaimedAlertAfterHours?: number;
}

export interface RequiredAction {
  /** Stable within the decision: compliance-tracker makes one task per (decisionId, actionKey). */
  actionKey: string;
  taskType: TaskType;
  priority: TaskPriority;
  deadline: DeadlineRule;
  /** ISO instant the deadline counts from (found time, report time, ...). */
  anchorAt: string;
  /** LA code responsible for the work; null when it is this authority. */
  responsibleAuthority: string | null;
  /** Ids of the rules that asked for this action. */
  reasons: string[];
  /** The protocol's reminder and escalation intervals for this task type; absent: compliance-tracker's configured defaults. */
  alarms?: TaskAlarmLadder;
  /** ALLOCATED_WORKER: the task goes to the child's allocated worker (DecisionMadeV1.allocatedWorker), else to the team manager. */
  assignTo?: 'ALLOCATED_WORKER';
  /** Set when the work is arranged in another area: the police force of the area our looked-after child was reported in. */
  hostForce?: string;
}

export interface FiredRule {
  ruleId: string;
  reason: string;
}

/** What a decision answered: a police notification, or a time-based rule's timer coming due. */
export type DecisionCause =
  | { kind: 'notification'; ingestId: string; notificationId: string }
  | { kind: 'timer'; timerId: string; timer: string };

/** protocol.decision-made.v1: what the protocol asks for after one notification or timer. */
export interface DecisionMadeV1 {
  decisionId: string;
  /** The notification's ids: set when a notification caused the decision, absent for a timer. */
  notificationId?: string;
  ingestId?: string;
  /** Added within v1; read it with decisionCause(), which also reads events published before it. */
  cause?: DecisionCause;
  force: string;
  childId: string;
  episodeId: string;
  policeReference: string;
  riskLevel: RiskLevel;
  protocolVersion: string;
  decidedAt: string;
  requiredActions: RequiredAction[];
  firedRules: FiredRule[];
  alerts: AlertKind[];
  /** Open tasks of earlier decisions this one replaces (e.g. an RHI superseded by a new episode). */
  supersedes?: { episodeId: string; taskType: TaskType }[];
  /** The police grading; riskLevel is the effective risk, raised above it by the rules in riskRaisedBy (a CSE or CCE flag). */
  policeRiskLevel?: RiskLevel;
  riskRaisedBy?: FiredRule[];
  /** The child's allocated worker (a staff id) when the decision was made; null when none is recorded. */
  allocatedWorker?: string | null;
  /** Set when the police withdrew the episode's report: its open work is cancelled with this reason. */
  withdrawn?: { reason: CancellationReason; withdrawnAt: string };
}

/**
 * protocol.children-merged.v1: staff merged two records of one child. The merged id resolves
 * to the survivor from now on; consumers move what they hold under it to the survivor.
 */
export interface ChildrenMergedV1 {
  mergeId: string;
  survivorChildId: string;
  mergedChildId: string;
  mergedAt: string;
}

/**
 * protocol.child-erased.v1: one child's personal data was erased (UK GDPR art. 17, or the
 * records schedule) by a documented command in protocol-engine, which owns the child. Each
 * service erases what it holds about the child (names, dates of birth, addresses, free text,
 * notification bodies) and keeps what the DfE return counts (episodes, tasks, outcomes and
 * their dates, with no one named). Carries ids only.
 */
export interface ChildErasedV1 {
  erasureId: string;
  childId: string;
  /** Ids of records merged into this child: what consumers hold under them is erased too. */
  mergedChildIds: string[];
  /** ingest-api's ids of the notifications about the child: their stored bodies go. */
  ingestIds: string[];
  /**
   * ingest-api's ids of the placement notices about the child (PlacementNoticeReceivedV1.placementNoticeId;
   * a sender's own noticeId is unique only per sender): their stored bodies go.
   */
  placementNoticeIds: string[];
  /**
   * The keyed hash of name and date of birth (childKey, no LA id) of the child and each merged
   * record, as schools' returns key them: education-referrals erases that child's CME data by
   * it. Absent in events from before it was added.
   */
  educationKeys?: string[];
  erasedAt: string;
}

const LEGACY_TIMER = 'timer:';

/**
 * Why the decision was made. Events published before `cause` existed named a timer in the
 * notification fields (`timer:<kind>`, `timer:<timerId>`): they are read here, once, so no
 * consumer parses ids.
 */
export function decisionCause(d: Partial<Pick<DecisionMadeV1, 'cause' | 'ingestId' | 'notificationId'>>): DecisionCause | undefined {
  if (d.cause) return d.cause;
  if (d.ingestId?.startsWith(LEGACY_TIMER)) {
    return { kind: 'timer', timerId: d.ingestId.slice(LEGACY_TIMER.length), timer: (d.notificationId ?? '').slice(LEGACY_TIMER.length) };
  }
  if (d.ingestId && d.notificationId) return { kind: 'notification', ingestId: d.ingestId, notificationId: d.notificationId };
  return undefined;
}

/**
 * protocol.meeting-list-changed.v1: a child joined or left a meeting list. Keyed by the child's
 * id; references and rule ids only, never who the child is.
 */
export interface MeetingListChangedV1 {
  entryId: string;
  list: MeetingList;
  childId: string;
  change: 'JOINED' | 'LEFT';
  /** On the list since; for LEFT, also when they left. */
  since: string;
  leftAt?: string;
  /** When the child leaves unless a later decision keeps them on (null: until a manager removes them). */
  until: string | null;
  /** The rule and decision that put the child on the list. */
  ruleId: string;
  reason: string;
  decisionId: string;
  /** For LEFT: why (the rule's window passed, or a manager's reason) and who (a staff id, or `protocol`). */
  leftReason?: string;
  leftBy?: string;
}

/**
 * What a task is about (added within v1): a missing episode, from a protocol decision, or a
 * children-missing-education case, from education-referrals. For a CME task the episode
 * fields of the events (childId, episodeId, policeReference) are null: read `subject`.
 */
export type TaskSubject =
  | { kind: 'MISSING_EPISODE'; episodeId: string; childId: string; policeReference: string }
  | { kind: 'CME_CASE'; caseId: string; caseReference: string; childKey: string };
export type TaskSubjectKind = TaskSubject['kind'];

/** compliance.task-created.v1 */
export interface TaskCreatedV1 {
  taskId: string;
  /** Null for a CME task (no protocol decision asked for it). */
  decisionId: string | null;
  childId: string | null;
  episodeId: string | null;
  policeReference: string | null;
  taskType: TaskType | CmeTaskType;
  priority: TaskPriority;
  dueAt: string;
  responsibleAuthority: string | null;
  /** Optional for events published before it existed: those are all MISSING_EPISODE. */
  subject?: TaskSubject;
}

/** compliance.task-closed.v1: completed, superseded or cancelled. */
export interface TaskClosedV1 {
  taskId: string;
  childId: string | null;
  episodeId: string | null;
  policeReference: string | null;
  taskType: TaskType | CmeTaskType;
  outcome: 'COMPLETED' | 'SUPERSEDED' | 'CANCELLED';
  closedAt: string;
  /** For a return interview: was it offered and held within the statutory time. */
  compliant?: boolean;
  subject?: TaskSubject;
}

/** compliance.task-assigned.v1: who holds the task now, and who moved it. */
export interface TaskAssignedV1 {
  taskId: string;
  childId: string | null;
  episodeId: string | null;
  policeReference: string | null;
  taskType: TaskType | CmeTaskType;
  priority: TaskPriority;
  dueAt: string;
  /** The task's status after the change (an unclaimed task is OPEN again unless the child was already offered an interview). */
  status: string;
  /** The officer's username; null: back in the team queue. */
  assignee: string | null;
  previousAssignee: string | null;
  /** HANDED_OVER: the holder's leave began (or its cover changed): to the cover, or the team queue. */
  change: 'CLAIMED' | 'REASSIGNED' | 'UNCLAIMED' | 'HANDED_OVER';
  /** The officer who made the change (username). */
  changedBy: string;
  changedAt: string;
  subject?: TaskSubject;
}

/** compliance.officer-changed.v1: a member of staff as the directory now holds them (staff details, never a child's). */
export interface OfficerChangedV1 {
  username: string;
  displayName: string;
  role: string;
  /** The rung of the escalation ladder the officer holds, one officer each. */
  ladderRole: 'TEAM_MANAGER' | 'SERVICE_MANAGER' | null;
  disabled: boolean;
  changedAt: string;
}

/** compliance.leave-changed.v1: an officer's leave as it now stands; work and alerts meant for them go to the cover meanwhile. */
export interface LeaveChangedV1 {
  leaveId: string;
  /** Usernames; cover null: the team queue. */
  officer: string;
  cover: string | null;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  changedAt: string;
}

/** The common shape of deadline events: compliance.task-reminder-due.v1, -overdue.v1, -escalated.v1. */
export interface TaskDeadlineEventV1 {
  taskId: string;
  childId: string | null;
  episodeId: string | null;
  policeReference: string | null;
  taskType: TaskType | CmeTaskType;
  priority: TaskPriority;
  dueAt: string;
  assignee: string | null;
  /** For escalations: the rung of the ladder reached (1 = team manager, 2 = service manager, ...). */
  escalationLevel?: number;
  /** The role told at this step, e.g. CHILDREN_MISSING_OFFICER, TEAM_MANAGER, SERVICE_MANAGER. */
  notifyRole?: string;
  /** The officer (username) named at this step: who holds notifyRole's rung of the escalation ladder, or the task for a reminder; absent when nobody does. */
  notifyOfficer?: string;
  /** Set when the step chases a placing authority's overdue reply to a request on the task, not the task's own deadline. */
  placingAuthorityRequestId?: string;
  subject?: TaskSubject;
}
export type TaskReminderDueV1 = TaskDeadlineEventV1;
export type TaskOverdueV1 = TaskDeadlineEventV1;
export type TaskEscalatedV1 = TaskDeadlineEventV1;
export type TaskUnclaimedV1 = TaskDeadlineEventV1;
