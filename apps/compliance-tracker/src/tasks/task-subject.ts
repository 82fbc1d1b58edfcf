import type { TaskSubject } from '@homeward/contracts';
import type { Task } from './task.entity';

type SubjectFields = Pick<Task, 'subjectKind' | 'childId' | 'episodeId' | 'policeReference' | 'cmeCaseId' | 'caseReference' | 'childKey'>;

/** What the task is about, as its events and the queue say it. */
export function taskSubject(task: SubjectFields): TaskSubject {
  if (task.subjectKind === 'CME_CASE') return { kind: 'CME_CASE', caseId: task.cmeCaseId as string, caseReference: task.caseReference as string, childKey: task.childKey as string };
  return { kind: 'MISSING_EPISODE', episodeId: task.episodeId as string, childId: task.childId as string, policeReference: task.policeReference as string };
}

/**
 * The message key of the task's events: the child's id for missing-episode work, the child's
 * keyed hash for CME work (all a CME task knows of the child), so each child's events stay in order.
 */
export function taskMessageKey(task: SubjectFields): string {
  return (task.subjectKind === 'CME_CASE' ? task.childKey : task.childId) as string;
}
