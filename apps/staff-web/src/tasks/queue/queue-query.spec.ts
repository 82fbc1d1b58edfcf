import { queueHref, readQueueQuery, sortHeader, taskListQuery } from './queue-query';

describe("the queue's address", () => {
  it('starts those who hold work on their own work, and read-only and protocol staff on the team queue', () => {
    expect(readQueueQuery({}, 'CMO').view).toBe('mine');
    expect(readQueueQuery({}, 'MANAGER').view).toBe('mine');
    expect(readQueueQuery({ view: 'team' }, 'CMO').view).toBe('team');
    expect(readQueueQuery({}, 'READ_ONLY').view).toBe('team');
    expect(readQueueQuery({ view: 'mine' }, 'PROTOCOL_ADMIN').view).toBe('team');
  });

  it('keeps the filters the page offers and drops anything else, never refusing the page', () => {
    const q = readQueueQuery(
      { view: 'team', type: 'RETURN_INTERVIEW', status: ['OPEN', 'CLAIMED', 'NONSENSE'], assignee: 'none', priority: 'URGENT', overdue: 'true', sort: '-priority', page: '3', child: 'not-a-uuid' },
      'CMO',
    );
    expect(q).toMatchObject({ type: 'RETURN_INTERVIEW', status: ['OPEN', 'CLAIMED'], assignee: 'none', priority: 'URGENT', overdue: true, sort: 'priority', descending: true, page: 3, child: undefined });
    expect(readQueueQuery({ type: 'DROP TABLE', sort: 'childName', page: '-1', priority: 'HIGH' }, 'CMO')).toMatchObject({ type: undefined, sort: 'dueAt', descending: false, page: 1, priority: undefined });
  });

  it('asks compliance-tracker for my open work in my view, the whole team\'s in the team view', () => {
    expect(taskListQuery(readQueueQuery({}, 'CMO'), 'cmo')).toEqual({
      assignee: 'cmo', type: undefined, priority: undefined, status: undefined, open: true, overdue: undefined,
      childId: undefined, policeReference: undefined, sort: 'dueAt', page: 1, pageSize: 25,
    });
    // Someone else's username in "my work" is ignored: mine is mine.
    expect(taskListQuery(readQueueQuery({ assignee: 'cover' }, 'CMO'), 'cmo').assignee).toBe('cmo');
    const team = taskListQuery(readQueueQuery({ view: 'team', assignee: 'none', status: 'COMPLETED', overdue: 'true' }, 'CMO'), 'cmo', { childId: 'c1' });
    expect(team).toMatchObject({ assignee: 'none', status: ['COMPLETED'], open: undefined, overdue: true, childId: 'c1' });
  });

  it('writes back only what differs from the defaults, and goes back to page 1 when a filter changes', () => {
    const q = readQueueQuery({ view: 'team', type: 'STRATEGY_DISCUSSION', page: '4', q: "O'Neil" }, 'CMO');
    expect(queueHref(q)).toBe('/tasks?view=team&q=O%27Neil&type=STRATEGY_DISCUSSION');
    expect(queueHref(q, { page: 5 })).toBe('/tasks?view=team&q=O%27Neil&type=STRATEGY_DISCUSSION&page=5');
    expect(queueHref(q, { type: undefined, q: '' })).toBe('/tasks?view=team');
  });

  it('sorts a column ascending first, then descending, and says which with aria-sort', () => {
    const byDeadline = readQueueQuery({}, 'CMO');
    expect(sortHeader(byDeadline, 'dueAt')).toEqual({ href: '/tasks?view=mine&sort=-dueAt', ariaSort: 'ascending' });
    expect(sortHeader(byDeadline, 'priority')).toEqual({ href: '/tasks?view=mine&sort=priority', ariaSort: 'none' });
    const byPriorityDown = readQueueQuery({ sort: '-priority', page: '2' }, 'CMO');
    expect(sortHeader(byPriorityDown, 'priority')).toEqual({ href: '/tasks?view=mine&sort=priority', ariaSort: 'descending' });
  });
});
