import { createEnvelope, TaskCreatedV1, Topics } from '@homeward/contracts';
import type { OutboxEntry } from '@homeward/platform';
import { taskEventFields } from './task-event-fields';
import { taskMessageKey } from './task-subject';
import type { Task } from './task.entity';

/** compliance.task-created.v1 for a new task, whichever its subject: caused by the message that asked for the work. */
export function taskCreatedEvent(task: Task, cause: { correlationId: string; messageId: string }): OutboxEntry {
  const data: TaskCreatedV1 = { ...taskEventFields(task), decisionId: task.decisionId, responsibleAuthority: task.responsibleAuthority };
  return {
    topic: Topics.taskCreated,
    key: taskMessageKey(task),
    aggregateType: 'task',
    aggregateId: task.id,
    envelope: createEnvelope({ type: 'compliance.task-created', version: 1, data, correlationId: cause.correlationId, causationId: cause.messageId, producer: 'compliance-tracker' }),
  };
}
