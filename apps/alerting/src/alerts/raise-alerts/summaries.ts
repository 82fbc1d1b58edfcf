import type { TaskDeadlineEventV1 } from '@homeward/contracts';
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
  HIGH_RISK_UNACKNOWLEDGED: 'Nobody has acknowledged a HIGH-risk missing child alert: escalated to you',
};

export function decisionSummary(kind: AlertingKind, policeReference: string): string {
  return `${TEXT[kind]} (police reference ${policeReference})`;
}

export function taskSummary(kind: AlertingKind, task: TaskDeadlineEventV1): string {
  return `${TEXT[kind]}: ${task.taskType} (${task.priority}) due ${formatLondon(new Date(task.dueAt))} (police reference ${task.policeReference})`;
}
