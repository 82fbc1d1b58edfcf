import type { Task } from './task.entity';
import { taskSubject } from './task-subject';

/** What every task event says about its task: references and the deadline, never the child's details. */
export function taskEventFields(task: Task) {
  return {
    taskId: task.id,
    childId: task.childId,
    episodeId: task.episodeId,
    policeReference: task.policeReference,
    taskType: task.type,
    priority: task.priority,
    dueAt: task.dueAt.toISOString(),
    subject: taskSubject(task),
  };
}
