/**
 * Which work a new decision supersedes, pure. The protocol names the earlier work it replaces
 * (an RHI not yet held when the child goes missing again): each such task still open closes
 * as SUPERSEDED, pointing at the new decision's task of the same type when there is one.
 */
import type { TaskType } from '@homeward/contracts';
import { OpenTaskStatuses, Task } from '../task.entity';

export interface Supersedes {
  episodeId: string;
  taskType: TaskType;
}

export interface Supersession {
  task: Task;
  supersededBy: string | null;
}

export function supersessions(supersedes: readonly Supersedes[], earlier: readonly Task[], created: readonly Pick<Task, 'id' | 'type'>[]): Supersession[] {
  return earlier
    .filter((t) => OpenTaskStatuses.includes(t.status) && supersedes.some((s) => s.episodeId === t.episodeId && s.taskType === t.type))
    .map((task) => ({ task, supersededBy: created.find((c) => c.type === task.type)?.id ?? null }));
}
