import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../../app.module';
import { newOfficer } from '../../../test-support/compliance-test-fixtures';
import { createTask } from '../../../test-support/task-fixtures';
import type { TaskPage } from './list-tasks.usecase';

const DAY = 24 * 3_600_000;

describe('compliance-tracker: the queue, filtered, sorted, paged and counted', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  // 23:30 BST on Tuesday 1 July 2025: still 1 July in London, and in UTC.
  const clock = new FakeClock('2025-07-01T22:30:00Z');
  const childId = randomUUID();
  let cmo: Awaited<ReturnType<typeof newOfficer>>;
  let reader: string;
  const ids: Record<'pastDue' | 'claimed' | 'afterMidnight' | 'done', string> = { pastDue: '', claimed: '', afterMidnight: '', done: '' };

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
    cmo = await newOfficer(svc.app, 'CMO');
    reader = (await newOfficer(svc.app, 'READ_ONLY')).auth;
    // 23:00 BST today, passed half an hour ago.
    ids.pastDue = await createTask(svc.app, { childId, dueAt: new Date('2025-07-01T22:00:00Z') });
    // 23:45 BST today, not yet due; the CMO holds it.
    ids.claimed = await createTask(svc.app, { childId, dueAt: new Date('2025-07-01T22:45:00Z'), priority: 'PRIORITY' });
    // 00:15 BST tomorrow: still 1 July in UTC, but not today in London.
    ids.afterMidnight = await createTask(svc.app, { childId, dueAt: new Date('2025-07-01T23:15:00Z'), priority: 'URGENT', taskType: 'MULTI_AGENCY_MEETING' });
    // 00:30 BST today, done in time: closed work counts for nothing at the top.
    ids.done = await createTask(svc.app, { childId, dueAt: new Date('2025-06-30T23:30:00Z'), taskType: 'REVIEW_EPISODE' });
    for (const id of [ids.claimed, ids.done]) expect((await post(`/v1/tasks/${id}/claim`, cmo.auth)).status).toBe(200);
    expect((await post(`/v1/tasks/${ids.done}/outcome`, cmo.auth, { kind: 'DONE', doneAt: new Date('2025-06-30T20:00:00Z').toISOString() })).status).toBe(200);
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const post = (path: string, auth: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const get = (params: string) => fetch(`${svc.url}/v1/tasks?childId=${childId}${params ? `&${params}` : ''}`, { headers: { authorization: reader } });
  const page = async (params = ''): Promise<TaskPage> => {
    const res = await get(params);
    expect(res.status).toBe(200);
    return (await res.json()) as TaskPage;
  };
  const order = async (params = '') => (await page(params)).items.map((t) => Object.entries(ids).find(([, id]) => id === t.id)?.[0]);

  it('given each filter, then only the matching work is listed', async () => {
    expect(await order('status=OPEN,CLAIMED')).toEqual(['pastDue', 'claimed', 'afterMidnight']);
    expect(await order('status=COMPLETED')).toEqual(['done']);
    expect(await order('assignee=none')).toEqual(['pastDue', 'afterMidnight']);
    expect(await order(`assignee=${cmo.username}`)).toEqual(['done', 'claimed']);
    expect(await order('priority=URGENT')).toEqual(['afterMidnight']);
    expect(await order('type=MULTI_AGENCY_MEETING')).toEqual(['afterMidnight']);
    expect(await order('overdue=true')).toEqual(['pastDue']);
    expect(await order('open=true')).toEqual(['pastDue', 'claimed', 'afterMidnight']);
    expect(await order('open=false')).toEqual(['done']);
    expect(await order('open=true&assignee=none&priority=NORMAL')).toEqual(['pastDue']);
  });

  it('given a sort key, then the server orders the whole list by it, ties by deadline', async () => {
    expect(await order()).toEqual(['done', 'pastDue', 'claimed', 'afterMidnight']);
    expect(await order('sort=-dueAt')).toEqual(['afterMidnight', 'claimed', 'pastDue', 'done']);
    expect(await order('sort=priority')).toEqual(['afterMidnight', 'claimed', 'done', 'pastDue']);
    expect(await order('sort=status')).toEqual(['pastDue', 'afterMidnight', 'claimed', 'done']);
    expect(await order('sort=assignee')).toEqual(['done', 'claimed', 'pastDue', 'afterMidnight']);
    expect(await order('sort=type')).toEqual(['afterMidnight', 'pastDue', 'claimed', 'done']);
  });

  it('given pages of two, then each page has its own rows and the total is the whole list', async () => {
    const [one, two, three] = [await page('pageSize=2'), await page('pageSize=2&page=2'), await page('pageSize=2&page=3')];
    expect([one.items.map((t) => t.id), two.items.map((t) => t.id)]).toEqual([[ids.done, ids.pastDue], [ids.claimed, ids.afterMidnight]]);
    expect(three.items).toEqual([]);
    expect([one.total, two.total, one.page, two.pageSize]).toEqual([4, 4, 1, 2]);
  });

  it('given a London day that ends at 23:00 UTC in summer, then due today counts London\'s day, before and after midnight', async () => {
    // Filters on status or overdue change the list, never the counts.
    const before = await page('status=COMPLETED&overdue=true');
    expect(before.counts).toEqual({ overdue: 1, dueToday: 2, unclaimed: 2 });

    clock.set('2025-07-01T23:05:00Z'); // 00:05 BST on 2 July
    try {
      const after = await page();
      expect(after.counts).toEqual({ overdue: 2, dueToday: 1, unclaimed: 2 });
      expect(await order('overdue=true')).toEqual(['pastDue', 'claimed']);
    } finally {
      clock.set('2025-07-01T22:30:00Z');
    }
    expect((await page(`assignee=${cmo.username}`)).counts).toEqual({ overdue: 0, dueToday: 1, unclaimed: 0 });
  });

  it('given a listed task, then it says which decision asked for it and when it was made, claimed and closed', async () => {
    const items = (await page()).items;
    const done = items.find((t) => t.id === ids.done);
    expect(done).toMatchObject({ status: 'COMPLETED', assignee: cmo.username, decisionId: expect.any(String), claimedAt: clock.now().toISOString(), closedAt: clock.now().toISOString() });
    expect(Date.parse(done?.createdAt ?? '')).not.toBeNaN();
    expect(items.find((t) => t.id === ids.pastDue)).toMatchObject({ claimedAt: null, closedAt: null, dueAtLondon: '2025-07-01T23:00:00+01:00' });
  });

  it('given a filter, sort or page size off the list, then 400 naming the field', async () => {
    for (const [params, field] of [['status=OPEN,LOST', 'status'], ['sort=childId', 'sort'], ['pageSize=101', 'pageSize'], ['overdue=yes', 'overdue'], ['priority=HIGH', 'priority']]) {
      const res = await get(params);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual([field]);
    }
  });
});
