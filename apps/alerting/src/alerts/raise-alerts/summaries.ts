import type { CmeTaskType, FiredRule, RiskLevel, TaskDeadlineEventV1, TaskType } from '@homeward/contracts';
import { formatLondon } from '@homeward/deadlines';
import type { AlertingKind } from '@homeward/routing';

/** What each alert says: references and the statutory action, never who the child is. */
const TEXT: Record<AlertingKind, string> = {
  HIGH_RISK: 'Child reported missing at HIGH risk: strategy discussion required within 24 hours',
  EXPLOITATION: 'Missing child with an exploitation flag: strategy discussion required',
  PLACED_IN_WITHOUT_NOTICE: 'Looked-after child placed here without notice is missing: placing authority to be told',
  PERSISTENT_MISSING: 'Child meets the persistent missing threshold: multi-agency meeting required',
  TASK_REMINDER: 'A task deadline is approaching',
  TASK_OVERDUE: 'A task has passed its deadline',
  TASK_ESCALATED: 'An overdue task has been escalated to you',
  TASK_UNCLAIMED: 'Nobody has claimed a task in the queue',
  OUR_CHILD_MISSING_ELSEWHERE: "Our looked-after child has been reported missing in your area: the host authority is told, and the child's IRO is being informed",
  HIGH_RISK_UNACKNOWLEDGED: 'Nobody has acknowledged a HIGH-risk missing child alert: escalated to you',
};

/** Task types as staff say them: alerts are read by people (and e-mailed), not parsed. */
const TASK: Record<TaskType | CmeTaskType, string> = {
  RETURN_INTERVIEW: 'return home interview',
  MULTI_AGENCY_MEETING: 'multi-agency meeting',
  STRATEGY_DISCUSSION: 'strategy discussion',
  NOTIFY_RESPONSIBLE_AUTHORITY: 'tell the responsible authority',
  RISK_MANAGEMENT_FOLLOW_UP: 'risk management follow-up',
  REVIEW_EPISODE: 'review of the episode',
  INFORM_IRO: "inform the child's independent reviewing officer",
  DUTY_AND_REFERRAL_CONSULTATION: 'consultation with the duty and referral team',
  CME_ENQUIRIES: 'CME enquiries',
  CME_S19_CONSIDERATION: 'consideration of the s19 duty (alternative provision)',
};

/** The reference staff know the work by: a CME task has its case's, never a police reference. */
export function taskReference(task: Pick<TaskDeadlineEventV1, 'policeReference' | 'subject'>): string {
  return task.subject?.kind === 'CME_CASE' ? `CME case ${task.subject.caseReference}` : `police reference ${task.policeReference}`;
}

/** What a decision's alert needs beyond its kind: where it was reported, and how the police graded a risk the protocol raised. */
export interface DecisionContext {
  force?: string;
  policeRiskLevel?: RiskLevel;
  riskRaisedBy?: readonly FiredRule[];
}

export function decisionSummary(kind: AlertingKind, policeReference: string, context: DecisionContext = {}): string {
  // The host area is named by its force: that is the area the host authority's contact answers for.
  const where = kind === 'OUR_CHILD_MISSING_ELSEWHERE' && context.force ? `, reported by ${context.force}` : '';
  return `${textOf(kind, context)} (police reference ${policeReference}${where})`;
}

/** A child the police graded lower whom the protocol puts at HIGH risk (a CSE or CCE flag) is said to be so, and why. */
function textOf(kind: AlertingKind, { policeRiskLevel, riskRaisedBy }: DecisionContext): string {
  const raised = kind === 'HIGH_RISK' && policeRiskLevel && policeRiskLevel !== 'HIGH' && riskRaisedBy?.length;
  if (!raised) return TEXT[kind];
  const by = riskRaisedBy.map((r) => r.ruleId).join(', ');
  return `Missing child at HIGH risk, graded ${policeRiskLevel} by the police and raised by the protocol (${by}): strategy discussion required within 24 hours`;
}

/** A chase of the placing authority's reply rides on the task's deadline events, but is not about the task's deadline. */
const PLACING_AUTHORITY_CHASE: Partial<Record<AlertingKind, string>> = {
  TASK_REMINDER: 'No reply yet from the placing authority to the request for its CSE risk assessment and risk management plan: chase it',
  TASK_ESCALATED: 'The placing authority has still not sent its CSE risk assessment and risk management plan: escalated to you',
};

export function taskSummary(kind: AlertingKind, task: TaskDeadlineEventV1): string {
  const chase = task.placingAuthorityRequestId ? PLACING_AUTHORITY_CHASE[kind] : undefined;
  if (chase) return `${chase}, on the ${TASK[task.taskType] ?? task.taskType} task (${taskReference(task)})`;
  const priority = task.priority === 'NORMAL' ? '' : `, ${task.priority.toLowerCase()}`;
  const work = TASK[task.taskType] ?? task.taskType;
  return `${TEXT[kind]}: ${work}${priority}, due ${formatLondon(new Date(task.dueAt))} London time (${taskReference(task)})`;
}

/**
 * What an alert about a child whose personal data was erased says: its kind of alert, in the same
 * words, and nothing from the event (no police reference, risk grading, task deadline or force).
 */
export function erasedSummary(kind: AlertingKind): string {
  return `${TEXT[kind]} (details erased on a data protection request)`;
}
