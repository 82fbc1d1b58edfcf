import type { StaffWebRole } from '../../auth/session-user';
import type { TaskListQuery } from '../../data/compliance-tracker.types';
import { labelOptions } from '../../web/labels';

/**
 * The queue's address is its state: `/tasks?view=team&type=RETURN_INTERVIEW&sort=-dueAt&page=2`.
 * Read leniently (a value the page does not offer is dropped, never a 400: these are links and
 * a GET form), written back with only what differs from the defaults. Pure.
 */

export type QueueView = 'mine' | 'team';
export const SORT_KEYS = ['dueAt', 'type', 'priority', 'assignee', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const TASK_TYPE_CODES = labelOptions('taskType').map((o) => o.value);
export const STATUS_CODES = labelOptions('taskStatus').map((o) => o.value);
export const PRIORITY_CODES = labelOptions('priority').map((o) => o.value);
export const PAGE_SIZE = 25;

export interface QueueQuery {
  view: QueueView;
  /** A police reference or a child's name, as typed (trimmed). */
  q: string;
  /** One child chosen (from several matching `q`, or a link from their record). */
  child?: string;
  type?: string;
  status: string[];
  /** A username, or `none` for unclaimed: the team view only. */
  assignee?: string;
  priority?: string;
  overdue: boolean;
  sort: SortKey;
  descending: boolean;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const USERNAME = /^[A-Za-z0-9._@-]{1,100}$/;

/** Those who hold work start on their own; read-only and protocol staff hold none. */
export const holdsWork = (role: StaffWebRole): boolean => role === 'CMO' || role === 'MANAGER';

function one(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function many(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [])).map((s) => s.trim()).filter(Boolean);
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined => {
  const v = one(value);
  return v !== undefined && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
};

export function readQueueQuery(raw: Record<string, unknown>, role: StaffWebRole): QueueQuery {
  const view: QueueView = holdsWork(role) ? (oneOf(raw.view, ['mine', 'team'] as const) ?? 'mine') : 'team';
  const sortText = one(raw.sort) ?? 'dueAt';
  const sortKey = oneOf(sortText.replace(/^-/, ''), SORT_KEYS);
  const assignee = one(raw.assignee);
  const child = one(raw.child);
  const page = Number(one(raw.page) ?? '1');
  return {
    view,
    q: (one(raw.q) ?? '').slice(0, 100),
    child: child && UUID.test(child) ? child : undefined,
    type: oneOf(raw.type, TASK_TYPE_CODES),
    status: [...new Set(many(raw.status).filter((s) => STATUS_CODES.includes(s)))],
    assignee: view === 'team' && assignee && USERNAME.test(assignee) ? assignee : undefined,
    priority: oneOf(raw.priority, PRIORITY_CODES),
    overdue: one(raw.overdue) === 'true',
    sort: sortKey ?? 'dueAt',
    descending: sortKey !== undefined && sortText.startsWith('-'),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** What compliance-tracker is asked for. Open work only, unless the page asks for statuses. */
export function taskListQuery(q: QueueQuery, me: string, narrowedTo: { childId?: string; policeReference?: string } = {}): TaskListQuery {
  return {
    assignee: q.view === 'mine' ? me : q.assignee,
    type: q.type,
    priority: q.priority,
    status: q.status.length ? q.status : undefined,
    open: q.status.length ? undefined : true,
    overdue: q.overdue ? true : undefined,
    childId: narrowedTo.childId,
    policeReference: narrowedTo.policeReference,
    sort: `${q.descending ? '-' : ''}${q.sort}`,
    page: q.page,
    pageSize: PAGE_SIZE,
  };
}

/** The queue's URL with `changes` applied; a filter or search changed goes back to page 1 unless a page is given. */
export function queueHref(q: QueueQuery, changes: Partial<QueueQuery> = {}): string {
  const next: QueueQuery = { ...q, page: 1, ...changes };
  const params = new URLSearchParams();
  params.set('view', next.view);
  if (next.q) params.set('q', next.q);
  if (next.child) params.set('child', next.child);
  if (next.type) params.set('type', next.type);
  for (const s of next.status) params.append('status', s);
  if (next.view === 'team' && next.assignee) params.set('assignee', next.assignee);
  if (next.priority) params.set('priority', next.priority);
  if (next.overdue) params.set('overdue', 'true');
  if (next.sort !== 'dueAt' || next.descending) params.set('sort', `${next.descending ? '-' : ''}${next.sort}`);
  if (next.page > 1) params.set('page', String(next.page));
  return `/tasks?${params.toString()}`;
}

/** A sortable header: its link (ascending first; again for descending) and its aria-sort. */
export function sortHeader(q: QueueQuery, key: SortKey): { href: string; ariaSort: 'ascending' | 'descending' | 'none' } {
  const current = q.sort === key;
  return {
    href: queueHref(q, { sort: key, descending: current && !q.descending }),
    ariaSort: current ? (q.descending ? 'descending' : 'ascending') : 'none',
  };
}
