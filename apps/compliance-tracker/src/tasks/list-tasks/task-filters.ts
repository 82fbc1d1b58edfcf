import { TaskPriorities } from '@homeward/contracts';
import { OpenTaskStatuses, TaskStatuses } from '../task.entity';
import type { ListTasksQuery } from './list-tasks.query';

export const TaskSorts = ['dueAt', '-dueAt', 'type', '-type', 'status', '-status', 'priority', '-priority', 'assignee', '-assignee'] as const;
export type TaskSort = (typeof TaskSorts)[number];

/** One SQL condition over the `tasks` table aliased `t`, with its named parameters. */
export interface Condition {
  sql: string;
  params?: Record<string, unknown>;
}

export interface Ordering {
  expression: string;
  direction: 'ASC' | 'DESC';
}

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
const OPEN = `t.status IN (${quoted(OpenTaskStatuses)})`;
const overdueAt = (now: Date): Condition => ({ sql: `(${OPEN} AND t.due_at < :now)`, params: { now } });

/** What the filters say about the task itself (who, which child, what kind), whatever its state. */
function scopeOf(q: ListTasksQuery): Condition[] {
  const c: Condition[] = [];
  if (q.type) c.push({ sql: 't.type = :type', params: { type: q.type } });
  if (q.subject) c.push({ sql: 't.subject_kind = :subject', params: { subject: q.subject } });
  if (q.policeReference) c.push({ sql: 't.police_reference = :policeReference', params: { policeReference: q.policeReference } });
  if (q.childId) c.push({ sql: 't.child_id = :childId', params: { childId: q.childId } });
  if (q.priority) c.push({ sql: 't.priority = :priority', params: { priority: q.priority } });
  if (q.assignee === 'none') c.push({ sql: 't.assignee IS NULL' });
  else if (q.assignee) c.push({ sql: 't.assignee = :assignee', params: { assignee: q.assignee } });
  return c;
}

/** The page's rows: every filter. */
export function listConditions(q: ListTasksQuery, now: Date): Condition[] {
  const c = scopeOf(q);
  if (q.status?.length) c.push({ sql: 't.status IN (:...status)', params: { status: q.status } });
  if (q.open !== undefined) c.push({ sql: q.open ? OPEN : `NOT ${OPEN}` });
  if (q.overdue !== undefined) {
    const overdue = overdueAt(now);
    c.push(q.overdue ? overdue : { sql: `NOT ${overdue.sql}`, params: overdue.params });
  }
  return c;
}

/** The counts at the top of the page: open work in the same scope, whatever status or overdue filter the page has. */
export function countConditions(q: ListTasksQuery): Condition[] {
  return [...scopeOf(q), { sql: OPEN }];
}

type SortKey = Exclude<TaskSort, `-${string}`>;
const SORT_EXPRESSIONS: Record<SortKey, string> = {
  dueAt: 't.due_at',
  type: 't.type',
  status: `array_position(ARRAY[${quoted(TaskStatuses)}], t.status)`,
  priority: `array_position(ARRAY[${quoted([...TaskPriorities].reverse())}], t.priority)`,
  assignee: 't.assignee',
};

/**
 * Server-side order from a whitelisted key. Status sorts in the order work moves through,
 * priority most urgent first (ascending); ties go by deadline then id, so pages never overlap.
 */
export function orderingOf(sort: TaskSort): Ordering[] {
  const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
  const key = sort.replace(/^-/, '') as SortKey;
  const expression = SORT_EXPRESSIONS[key];
  const tieBreak: Ordering[] = [{ expression: 't.due_at', direction: 'ASC' }, { expression: 't.id', direction: 'ASC' }];
  return key === 'dueAt' ? [{ expression, direction }, { expression: 't.id', direction: 'ASC' }] : [{ expression, direction }, ...tieBreak];
}
