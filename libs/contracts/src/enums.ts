/**
 * CANCELLED withdraws a report made in error (the episode is closed as withdrawn); CORRECTED
 * corrects the child's details on the occurrence (names, date of birth, LA id).
 */
export const NotificationTypes = ['MISSING_REPORTED', 'RISK_UPDATED', 'FOUND', 'CANCELLED', 'CORRECTED'] as const;
export type NotificationType = (typeof NotificationTypes)[number];

/** Why the police withdrew a report (`cancellation.reason` on a CANCELLED notification). */
export const CancellationReasons = ['MADE_IN_ERROR', 'DUPLICATE_REPORT', 'NOT_MISSING'] as const;
export type CancellationReason = (typeof CancellationReasons)[number];

/** College of Policing grading, lowest first. */
export const RiskLevels = ['VERY_LOW', 'LOW', 'MEDIUM', 'HIGH'] as const;
export type RiskLevel = (typeof RiskLevels)[number];

export const CareStatuses = ['LOOKED_AFTER', 'CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED', 'NOT_KNOWN'] as const;
export type CareStatus = (typeof CareStatuses)[number];

export const MissingFromPlaces = ['HOME', 'FOSTER_CARE', 'CHILDRENS_HOME', 'SUPPORTED_ACCOMMODATION', 'OTHER'] as const;
export type MissingFrom = (typeof MissingFromPlaces)[number];

export const Vulnerabilities = ['CSE', 'CCE', 'MENTAL_HEALTH', 'SUBSTANCE_MISUSE', 'DISABILITY', 'TRAFFICKING'] as const;
export type Vulnerability = (typeof Vulnerabilities)[number];

export const TaskTypes = [
  'RETURN_INTERVIEW',
  'MULTI_AGENCY_MEETING',
  'STRATEGY_DISCUSSION',
  'NOTIFY_RESPONSIBLE_AUTHORITY',
  'RISK_MANAGEMENT_FOLLOW_UP',
  'REVIEW_EPISODE',
  /** Our looked-after child missing in another area: the child's independent reviewing officer is told. */
  'INFORM_IRO',
  /** A persistent child not open to social care: the duty and referral team is consulted (Bradford). */
  'DUTY_AND_REFERRAL_CONSULTATION',
] as const;
export type TaskType = (typeof TaskTypes)[number];

export const TaskPriorities = ['NORMAL', 'PRIORITY', 'URGENT'] as const;
export type TaskPriority = (typeof TaskPriorities)[number];

/** What kind of alert a decision asks the alerting service to raise. */
export const AlertKinds = [
  'HIGH_RISK',
  'EXPLOITATION',
  'PLACED_IN_WITHOUT_NOTICE',
  'PERSISTENT_MISSING',
  'TASK_REMINDER',
  'TASK_OVERDUE',
  'TASK_ESCALATED',
  'TASK_UNCLAIMED',
  /** Our looked-after child reported missing by another area's force: the host authority is told. */
  'OUR_CHILD_MISSING_ELSEWHERE',
] as const;
export type AlertKind = (typeof AlertKinds)[number];

/** Who looks after a child placed here (a placement notice's provider). */
export const PlacementProviderKinds = ['FOSTER_CARE', 'CHILDRENS_HOME', 'SUPPORTED_ACCOMMODATION', 'KINSHIP_CARE', 'SECURE_CHILDRENS_HOME', 'OTHER'] as const;
export type PlacementProviderKind = (typeof PlacementProviderKinds)[number];

/** The meetings a child is listed for: the monthly multi-agency meeting and the daily CSE meeting. */
export const MeetingLists = ['MONTHLY_MEETING', 'CSE_MEETING'] as const;
export type MeetingList = (typeof MeetingLists)[number];
