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
] as const;
export type AlertKind = (typeof AlertKinds)[number];
