import { createEnvelope, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { Correlation, OutboxEntry } from '@homeward/platform';
import { taskEventFields } from '../tasks/task-event-fields';
import type { Task } from '../tasks/task.entity';
import { DeadlineStep, EscalationContacts, namedOfficer, StepAudience } from './deadline-steps';
import { taskMessageKey } from '../tasks/task-subject';

const TOPIC: Record<DeadlineStep, { topic: string; type: string }> = {
  reminder: { topic: Topics.taskReminderDue, type: 'compliance.task-reminder-due' },
  overdue: { topic: Topics.taskOverdue, type: 'compliance.task-overdue' },
  'escalation-1': { topic: Topics.taskEscalated, type: 'compliance.task-escalated' },
  'escalation-2': { topic: Topics.taskEscalated, type: 'compliance.task-escalated' },
  unclaimed: { topic: Topics.taskUnclaimed, type: 'compliance.task-unclaimed' },
};

/** The outbox event that announces one step of a task's alarm ladder to whoever it tells, by role and by name. */
export function stepAnnouncement(task: Task, step: DeadlineStep, now: Date, contacts: EscalationContacts): OutboxEntry {
  const audience = StepAudience[step];
  const named = namedOfficer(audience.notifyRole, task.assignee, contacts);
  const data: TaskDeadlineEventV1 = { ...taskEventFields(task), assignee: task.assignee, ...audience, ...(named ? { notifyOfficer: named } : {}) };
  const { topic, type } = TOPIC[step];
  return {
    topic,
    key: taskMessageKey(task),
    aggregateType: 'task',
    aggregateId: task.id,
    envelope: createEnvelope({ type, version: 1, data, occurredAt: now, correlationId: Correlation.currentOrNew(), producer: 'compliance-tracker' }),
  };
}
