import type {
  AlertKind,
  CareStatus,
  DeadlineRule,
  FiredRule,
  NotificationType,
  RequiredAction,
  RiskLevel,
  TaskAlarmLadder,
  TaskPriority,
  TaskType,
  Vulnerability,
} from '@homeward/contracts';

/** Time-based rules: protocol-engine schedules a wake-up and calls decide() with a TIMER trigger. */
export const TimerKinds = ['LENGTHY_EPISODE', 'LOW_RISK_REVIEW'] as const;
export type TimerKind = (typeof TimerKinds)[number];

/** Meetings a child can be listed for. */
export const ListingKinds = ['MONTHLY_MEETING', 'CSE_MEETING'] as const;
export type ListingKind = (typeof ListingKinds)[number];

/**
 * Which instant a deadline counts from.
 * EVENT is the notification's occurredAt, or the timer's due instant for a TIMER trigger, so a
 * late wake-up does not move a deadline. TIMER_DUE is missingSince + the timer's afterHours.
 */
export const Anchors = ['FOUND_AT', 'MISSING_SINCE', 'EPISODE_START', 'EVENT', 'TIMER_DUE', 'NOW'] as const;
export type Anchor = (typeof Anchors)[number];

/** Who does the work: this LA, or the placing LA when a looked-after child was placed here by another. */
export const ResponsibleParties = ['HOME_AUTHORITY', 'PLACING_AUTHORITY'] as const;
export type ResponsibleParty = (typeof ResponsibleParties)[number];

/** Where the work is arranged: HOST_AREA, for our looked-after child reported by another area's force, names that force on the task. */
export const ArrangedInAreas = ['HOST_AREA'] as const;
export type ArrangedIn = (typeof ArrangedInAreas)[number];

/** Who a task goes to when the protocol names someone (the risk-management follow-up "with the allocated worker"). */
export const AssignTargets = ['ALLOCATED_WORKER'] as const;
export type AssignTo = (typeof AssignTargets)[number];

// ---------------------------------------------------------------------------------------------
// The profile: JSON-serialisable, versioned, every threshold lives here.
// ---------------------------------------------------------------------------------------------

/** A json-rules-engine leaf condition over the facts in FACT_CATALOG (facts.ts). */
export interface FactCondition {
  fact: string;
  operator: string;
  value: unknown;
  /** Only for parameterised facts, e.g. episodesInWindow { days: 90 }. */
  params?: Record<string, unknown>;
  name?: string;
}
export type ProtocolCondition =
  | FactCondition
  | { all: ProtocolCondition[]; name?: string }
  | { any: ProtocolCondition[]; name?: string }
  | { not: ProtocolCondition; name?: string }
  | { condition: string; name?: string };
/** json-rules-engine requires all/any/not/condition at the top of a rule. */
export type TopLevelProtocolCondition = Exclude<ProtocolCondition, FactCondition>;

export interface ActionSpec {
  taskType: TaskType;
  /** Distinguishes two tasks of one type for one episode (notify on missing and on found). */
  keySuffix?: string;
  /** Defaults to NORMAL. */
  priority?: TaskPriority;
  /**
   * With a deadline (and anchor) the spec creates the task. Without one it only modifies a task
   * with the same actionKey that another rule creates in the same decision (raises its priority,
   * adds its reason): "priority RHI" upgrades the RHI, it does not invent a second deadline.
   */
  deadline?: DeadlineRule;
  anchor?: Anchor;
  /** Defaults to HOME_AUTHORITY (responsibleAuthority null). */
  responsible?: ResponsibleParty;
  /** HOST_AREA: the task names the reporting force's area when our child was reported elsewhere. */
  arrangedIn?: ArrangedIn;
  /** ALLOCATED_WORKER: the task goes to the child's allocated worker when one is recorded, else to the team manager. */
  assignTo?: AssignTo;
}

export interface RuleEffects {
  actions?: ActionSpec[];
  /** Effective risk becomes at least this. */
  raiseRiskTo?: RiskLevel;
  alerts?: AlertKind[];
  listings?: ListingKind[];
  /** Open tasks of these types on the child's previous (found) episode are superseded. */
  supersedePrevious?: TaskType[];
}

export interface ProtocolRule {
  /** Stable id, used as the task's reason and in the audit trail. */
  id: string;
  /** Short text a manager can read: why this rule fired. No personal data. */
  reason: string;
  when: TopLevelProtocolCondition;
  then: RuleEffects;
}

export interface TimerDefinition {
  timer: TimerKind;
  /** Wake up this many clock hours after missingSince, if still missing. */
  afterHours: number;
  /** Only while the police grading is at most this (the very-low/low review). */
  riskAtMost?: RiskLevel;
}

export interface ProtocolProfile {
  version: string;
  name?: string;
  description?: string;
  /** Named conditions rules reference with { condition: name } (e.g. the age scope). */
  sharedConditions?: Record<string, TopLevelProtocolCondition>;
  timers: TimerDefinition[];
  rules: ProtocolRule[];
  /**
   * Reminder and escalation intervals per task type, carried on each task the profile asks for
   * (a 24-hour strategy discussion cannot wait a day past its deadline for a manager). A type
   * without one gets compliance-tracker's configured defaults.
   */
  alarmLadders?: Partial<Record<TaskType, TaskAlarmLadder>>;
}

// ---------------------------------------------------------------------------------------------
// Decision input and outcome: the API protocol-engine calls.
// ---------------------------------------------------------------------------------------------

export interface EpisodeSnapshot {
  episodeId: string;
  policeReference: string;
  force: string;
  /** ISO instant; null when only a FOUND is known so far (out-of-order). */
  missingSince: string | null;
  /** ISO instant, null while missing. */
  foundAt: string | null;
  /** Latest police grading. */
  riskLevel: RiskLevel;
  vulnerabilities: Vulnerability[];
  careStatus: CareStatus;
  /** Placing LA code when looked after. */
  responsibleAuthority: string | null;
  placementNoticeOnRecord: boolean;
  /** The placement notice on record that covers this episode, if any (the caller matches it). */
  placementNotice?: PlacementNoticeFact | null;
}

/** A placement notice as the decision's facts show it: references and what came with it, no names. */
export interface PlacementNoticeFact {
  id: string;
  placingAuthority: string;
  /** YYYY-MM-DD; placementEnd null while open-ended. */
  placementStart: string;
  placementEnd: string | null;
  receivedAt: string;
  riskAssessmentProvided: boolean;
  riskManagementPlanProvided: boolean;
}

export type Trigger =
  | { kind: 'NOTIFICATION'; type: NotificationType; occurredAt: string }
  | { kind: 'TIMER'; timer: TimerKind };

export interface DecisionInput {
  /** Injected clock instant. */
  now: string;
  /** This LA's code. */
  homeAuthority: string;
  child: { dateOfBirth: string };
  trigger: Trigger;
  /** The episode after applying the notification. */
  episode: EpisodeSnapshot;
  /** The child's other episodes, any order. */
  otherEpisodes: EpisodeSnapshot[];
  /** actionKeys already requested by earlier decisions: no work is created twice. */
  alreadyRequested: string[];
  /**
   * Optional: the police forces covering this LA. When given, a FOUND of our own looked-after
   * child reported by another force fires the "our child elsewhere" rule.
   */
  homeForces?: string[];
}

export interface DecisionOutcome {
  protocolVersion: string;
  effectiveRisk: RiskLevel;
  /** The police grading the effective risk starts from. */
  policeRisk: RiskLevel;
  /** The fired rules that raised the effective risk above the police grading (empty when it is the grading). */
  riskRaisedBy: FiredRule[];
  requiredActions: RequiredAction[];
  firedRules: FiredRule[];
  alerts: AlertKind[];
  supersedes: { episodeId: string; taskType: TaskType }[];
  listings: ListingKind[];
  /** actionKeys rules asked for that earlier decisions already requested (audit: why no task). */
  alreadyRequestedSkipped: string[];
  /** The facts the rules saw (no names, no date of birth). */
  facts: ProtocolFacts;
}

/** What the rules see; protocolFacts() returns it for readers and tests. */
export interface ProtocolFacts {
  triggerKind: 'NOTIFICATION' | 'TIMER';
  triggerType: NotificationType | null;
  timer: TimerKind | null;
  /** A TIMER trigger whose definition still holds now (still missing, risk low enough, due). */
  timerDue: boolean;
  /** When the triggering event happened (timer: its due instant). */
  eventAt: string;
  /** missingSince, else foundAt, else eventAt: the instant windows are measured back from. */
  episodeStartAt: string;
  missingSinceKnown: boolean;
  isFound: boolean;
  /** Found (or now, while missing) minus missingSince; null when missingSince is unknown. */
  episodeDurationHours: number | null;
  /** Whole years at the episode's start (Europe/London date); null if the DOB is unreadable. */
  childAgeYears: number | null;
  vulnerabilities: Vulnerability[];
  careStatus: CareStatus;
  riskLevel: RiskLevel;
  /** Police grading as a number: VERY_LOW 0, LOW 1, MEDIUM 2, HIGH 3. */
  riskRank: number;
  /** The effective risk as a number: the grading raised by the rules that raise risk (raiseRiskTo) and fire. */
  effectiveRiskRank: number;
  responsibleAuthority: string | null;
  homeAuthority: string;
  /** Looked after by another LA (responsibleAuthority set and not ours). */
  responsibleAuthorityIsOther: boolean;
  placementNoticeOnRecord: boolean;
  /** The notice that put placementNoticeOnRecord true, for whoever reads the decision. */
  placementNotice: PlacementNoticeFact | null;
  /** Hours from the previous episode's found to this episode's start; null if none before. */
  hoursSincePreviousFound: number | null;
  previousFoundEpisodeId: string | null;
  ourChildMissingElsewhere: boolean;
  /** Episodes in the rolling window ending at this episode's start, per window (days) the profile uses. */
  episodesInWindow: Record<string, number>;
}
