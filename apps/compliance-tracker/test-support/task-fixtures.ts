/**
 * Tasks made through the real use case (no broker round trip), with the deadline, type,
 * priority and child a test needs: the queue's filters and counts are then about known rows.
 */
import { createEnvelope, RequiredAction } from '@homeward/contracts';
import { INestApplication } from '@nestjs/common';
import { CreateTasksFromDecision, CreateTasksFromDecisionCommand } from '../src/tasks/create-tasks-from-decision';
import { returnInterviewDecision, tasksOf } from './compliance-test-fixtures';

const HOUR = 3_600_000;

export interface TaskSpec {
  dueAt: Date;
  childId?: string;
  taskType?: RequiredAction['taskType'];
  priority?: RequiredAction['priority'];
}

/** One open task due at `dueAt` (72 clock hours after its anchor); returns its id. */
export async function createTask(app: INestApplication, spec: TaskSpec): Promise<string> {
  const anchorAt = new Date(spec.dueAt.getTime() - 72 * HOUR);
  const decision = returnInterviewDecision(anchorAt, {
    ...(spec.taskType ? { taskType: spec.taskType } : {}),
    ...(spec.priority ? { priority: spec.priority } : {}),
  });
  if (spec.childId) decision.childId = spec.childId;
  await app.get(CreateTasksFromDecision).execute(CreateTasksFromDecisionCommand.create(createEnvelope({ type: 'protocol.decision-made', version: 1, data: decision, correlationId: 'test-task', producer: 'test' })));
  const [task] = await tasksOf(app, decision.policeReference);
  return task.id;
}
