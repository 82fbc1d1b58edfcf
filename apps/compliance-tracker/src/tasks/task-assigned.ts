import { createEnvelope, TaskAssignedV1, Topics } from '@homeward/contracts';
import type { OutboxEntry } from '@homeward/platform';
import { taskEventFields } from './task-event-fields';
import type { Task } from './task.entity';
import { taskMessageKey } from './task-subject';

/** `compliance.task-assigned.v1` for a task whose holder changed (claimed, reassigned, unclaimed): the task as it now stands. */
export function taskAssigned(
  task: Task,
  change: { kind: TaskAssignedV1['change']; previousAssignee: string | null; by: string; at: Date; correlationId: string },
): OutboxEntry {
  const data: TaskAssignedV1 = {
    ...taskEventFields(task),
    status: task.status,
    assignee: task.assignee,
    previousAssignee: change.previousAssignee,
    change: change.kind,
    changedBy: change.by,
    changedAt: change.at.toISOString(),
  };
  return {
    topic: Topics.taskAssigned,
    key: taskMessageKey(task),
    aggregateType: 'task',
    aggregateId: task.id,
    envelope: createEnvelope({ type: 'compliance.task-assigned', version: 1, data, occurredAt: change.at, correlationId: change.correlationId, producer: 'compliance-tracker' }),
  };
}
