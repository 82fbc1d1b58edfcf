import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { AppModule } from '../../app.module';
import { newOfficer, wakeUpJob } from '../../../test-support/compliance-test-fixtures';
import { createTask } from '../../../test-support/task-fixtures';
import type { LeaveDetailView } from '../get-leave';
import type { LeaveView } from '../leave.view';
import { LEAVE_START, StartLeave, StartLeaveCommand } from '../start-leave';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe('compliance-tracker: leave changed and cancelled, before and during it', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let manager: Officer;
  const clock = new FakeClock('2025-11-03T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
    manager = await newOfficer(svc.app, 'MANAGER');
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const call = (method: string, path: string, officer: Officer, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: officer.auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = async <T>(res: Response, status: number): Promise<T> => {
    const body = (await res.json()) as T;
    expect({ status: res.status, body }).toMatchObject({ status });
    return body;
  };
  const fields = async (res: Response) => ((await json<{ problems: { field: string }[] }>(res, 400)).problems.map((p) => p.field));
  const claimedBy = async (officer: Officer): Promise<string> => {
    const id = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + 3 * DAY) });
    expect((await call('POST', `/v1/tasks/${id}/claim`, officer)).status).toBe(200);
    return id;
  };
  const recordLeave = async (by: Officer, officer: Officer, cover: Officer | null, startsInMs: number, lastsMs = 7 * DAY): Promise<LeaveView> => {
    const startsAt = new Date(clock.now().getTime() + startsInMs);
    const res = await call('POST', '/v1/leave', by, { officer: officer.username, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + lastsMs).toISOString(), ...(cover ? { cover: cover.username } : {}) });
    return json<LeaveView>(res, 201);
  };
  const leave = async (id: string, by: Officer = manager) => json<LeaveDetailView>(await call('GET', `/v1/leave/${id}`, by), 200);
  const holder = async (taskId: string) => json<{ status: string; assignee: string | null }>(await call('GET', `/v1/tasks/${taskId}`, manager), 200);
  const history = async (taskId: string) => json<{ action: string; actor: string; details: Record<string, unknown> }[]>(await call('GET', `/v1/tasks/${taskId}/history`, manager), 200);
  const alarmOf = (l: LeaveView, startsAt = l.startsAt) => wakeUpJob(svc.app, LEAVE_START, l.id, Date.parse(startsAt));
  const start = (l: LeaveView) => svc.app.get(StartLeave).execute(StartLeaveCommand.create({ leaveId: l.id }));

  it('given leave still to come, when its start moves later and its cover changes, then its alarm moves, nothing goes early, and the work goes to the new cover at the new start', async () => {
    const [away, first, second] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const task = await claimedBy(away);
    const recorded = await recordLeave(manager, away, first, 2 * HOUR);
    await waitFor(() => alarmOf(recorded), { description: 'the leave alarm' });
    const newStart = new Date(clock.now().getTime() + 6 * HOUR);

    const changed = await json<LeaveView>(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { startsAt: newStart.toISOString(), coverUsername: second.username }), 200);
    expect(changed).toMatchObject({ startsAt: newStart.toISOString(), cover: second.username, status: 'UPCOMING' });
    const alarm = await waitFor(async () => {
      const job = await alarmOf(recorded, newStart.toISOString());
      return job?.delay === 6 * HOUR && !(await alarmOf(recorded)) ? job : null;
    }, { description: 'the alarm set again for the new start' });

    clock.set(Date.parse(recorded.startsAt) + 1_000); // the old start: nothing yet
    expect((await start(recorded)).kind).toBe('EARLY');
    expect(await holder(task)).toEqual(expect.objectContaining({ assignee: away.username }));

    clock.set(newStart.getTime() + 1_000);
    await alarm.promote();
    await waitFor(async () => (await alarm.getState()) === 'completed', { description: 'the moved alarm to complete' });
    expect(await holder(task)).toEqual(expect.objectContaining({ status: 'CLAIMED', assignee: second.username }));
    const detail = await leave(recorded.id);
    expect(detail.tasksMoved).toEqual([{ taskId: task, from: away.username, to: second.username, at: expect.any(String), by: 'system:leave-cover' }]);
    expect(detail.changes.map((c) => [c.action, c.actor])).toEqual([['RECORDED', manager.username], ['CHANGED', manager.username]]);
    expect(detail.changes[1].detail).toMatchObject({ before: { startsAt: recorded.startsAt, cover: first.username }, after: { startsAt: newStart.toISOString(), cover: second.username } });
  });

  it('given leave under way, when its cover changes and its end moves, then the handed-over work follows the new cover, and its start cannot move', async () => {
    const [away, first, second] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const [kept, returned] = [await claimedBy(away), await claimedBy(away)];
    const recorded = await recordLeave(manager, away, first, HOUR);
    clock.set(Date.parse(recorded.startsAt));
    expect((await start(recorded)).kind).toBe('ROUTED');
    // The first cover finishes one piece of work before the change: that one stays closed and theirs.
    expect((await call('POST', `/v1/tasks/${returned}/outcome`, first, { kind: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' })).status).toBe(200);
    clock.advance(HOUR);

    expect(await fields(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { startsAt: clock.now().toISOString() }))).toEqual(['startsAt']);
    expect(await fields(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { endsAt: new Date(clock.now().getTime() - 1).toISOString() }))).toEqual(['endsAt']);
    expect(await fields(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { coverUsername: 'nobody-here' }))).toEqual(['coverUsername']);
    expect(await fields(await call('PATCH', `/v1/leave/${recorded.id}`, manager, {}))).toEqual(['startsAt']);

    const newEnd = new Date(Date.parse(recorded.endsAt) + 2 * DAY).toISOString();
    const changed = await json<LeaveView>(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { coverUsername: second.username, endsAt: newEnd }), 200);
    expect(changed).toMatchObject({ cover: second.username, endsAt: newEnd, status: 'IN_PROGRESS' });
    expect(await holder(kept)).toEqual(expect.objectContaining({ status: 'CLAIMED', assignee: second.username }));
    expect(await holder(returned)).toEqual(expect.objectContaining({ status: 'COMPLETED', assignee: first.username }));
    expect((await history(kept)).filter((h) => h.action === 'HANDED_OVER').map((h) => [h.actor, h.details.fromAssignee, h.details.toAssignee])).toEqual([
      ['system:leave-cover', away.username, first.username],
      [manager.username, first.username, second.username],
    ]);
    expect((await leave(recorded.id)).tasksMoved.filter((m) => m.taskId === kept).map((m) => [m.from, m.to])).toEqual([[away.username, first.username], [first.username, second.username]]);

    // Back to the team queue: the claimed work is open again for anyone.
    await json(await call('PATCH', `/v1/leave/${recorded.id}`, manager, { coverUsername: null }), 200);
    expect(await holder(kept)).toEqual(expect.objectContaining({ status: 'OPEN', assignee: null }));
  });

  it('given leave cancelled before its start, then nothing moves when the start comes, it is shown cancelled, and the period is free again', async () => {
    const [away, cover] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const task = await claimedBy(away);
    const recorded = await recordLeave(manager, away, cover, 2 * HOUR);
    await waitFor(() => alarmOf(recorded), { description: 'the leave alarm' });

    const cancelled = await json<LeaveView>(await call('POST', `/v1/leave/${recorded.id}/cancel`, manager), 200);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledBy: manager.username, cancelledAt: clock.now().toISOString(), endsAt: recorded.endsAt });
    expect(await alarmOf(recorded)).toBeUndefined();

    clock.set(Date.parse(recorded.startsAt) + HOUR);
    expect((await start(recorded)).kind).toBe('NOOP');
    expect(await holder(task)).toEqual(expect.objectContaining({ status: 'CLAIMED', assignee: away.username }));
    expect((await history(task)).map((h) => h.action)).toEqual(['CREATED', 'CLAIMED']);
    // Not away: what they claim is theirs.
    const later = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + DAY) });
    expect(await json<{ assignee: string }>(await call('POST', `/v1/tasks/${later}/claim`, away), 200)).toMatchObject({ assignee: away.username });

    const detail = await leave(recorded.id);
    expect(detail).toMatchObject({ status: 'CANCELLED', tasksMoved: [], routedAt: null });
    expect(detail.changes.map((c) => c.action)).toEqual(['RECORDED', 'CANCELLED']);
    expect((await json<{ items: LeaveView[] }>(await call('GET', `/v1/leave?officer=${away.username}`, manager), 200)).items).toEqual([expect.objectContaining({ id: recorded.id, status: 'CANCELLED' })]);
    await recordLeave(manager, away, cover, HOUR); // overlaps only the cancelled leave
  });

  it('given leave cancelled while under way, then it ends now, what the cover took stays with them, and it cannot be cancelled or changed again', async () => {
    const [away, cover] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const task = await claimedBy(away);
    const recorded = await recordLeave(manager, away, cover, HOUR);
    clock.set(Date.parse(recorded.startsAt) + 1_000);
    expect((await start(recorded)).kind).toBe('ROUTED');
    clock.advance(DAY);

    // The officer cancels their own leave on coming back early.
    const cancelled = await json<LeaveView>(await call('POST', `/v1/leave/${recorded.id}/cancel`, away), 200);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', endsAt: clock.now().toISOString(), cancelledBy: away.username, routedTasks: 1 });
    expect(await holder(task)).toEqual(expect.objectContaining({ assignee: cover.username }));
    expect((await history(task)).map((h) => h.action)).toEqual(['CREATED', 'CLAIMED', 'HANDED_OVER']);
    const later = await createTask(svc.app, { dueAt: new Date(clock.now().getTime() + DAY) });
    expect(await json<{ assignee: string }>(await call('POST', `/v1/tasks/${later}/claim`, away), 200)).toMatchObject({ assignee: away.username });

    expect((await call('POST', `/v1/leave/${recorded.id}/cancel`, manager)).status).toBe(409);
    expect((await call('PATCH', `/v1/leave/${recorded.id}`, manager, { endsAt: new Date(clock.now().getTime() + DAY).toISOString() })).status).toBe(409);
    expect((await leave(recorded.id)).changes.map((c) => [c.action, c.actor, c.detail.underWay])).toEqual([['RECORDED', manager.username, undefined], ['CANCELLED', away.username, true]]);
  });

  it("given a CMO, then they record, read, change and cancel their own leave only; a read-only officer none", async () => {
    const [cmo, other, reader] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'READ_ONLY')];
    const own = await recordLeave(cmo, cmo, null, 30 * DAY);
    const theirs = await recordLeave(manager, other, null, 30 * DAY);
    expect((await call('POST', '/v1/leave', cmo, { officer: other.username, startsAt: own.startsAt, endsAt: own.endsAt })).status).toBe(403);

    expect((await json<{ items: LeaveView[] }>(await call('GET', '/v1/leave', cmo), 200)).items.map((l) => l.id)).toEqual([own.id]);
    expect((await call('GET', `/v1/leave?officer=${other.username}`, cmo)).status).toBe(403);
    expect((await leave(own.id, cmo)).recordedBy).toBe(cmo.username);
    expect((await call('GET', `/v1/leave/${theirs.id}`, cmo)).status).toBe(403);
    expect((await call('PATCH', `/v1/leave/${theirs.id}`, cmo, { coverUsername: cmo.username })).status).toBe(403);
    expect((await call('POST', `/v1/leave/${theirs.id}/cancel`, cmo)).status).toBe(403);
    expect((await leave(theirs.id)).status).toBe('UPCOMING');

    for (const [method, path] of [['GET', '/v1/leave'], ['GET', `/v1/leave/${own.id}`], ['PATCH', `/v1/leave/${own.id}`], ['POST', `/v1/leave/${own.id}/cancel`]]) {
      expect((await call(method, path, reader, method === 'PATCH' ? { coverUsername: null } : undefined)).status).toBe(403);
    }
    expect((await call('GET', `/v1/leave/${randomUUID()}`, manager)).status).toBe(404);

    // Moving their own leave onto other leave of theirs is refused as recording it would be.
    const second = await recordLeave(cmo, cmo, null, 60 * DAY);
    expect((await call('PATCH', `/v1/leave/${second.id}`, cmo, { startsAt: own.startsAt, endsAt: own.endsAt })).status).toBe(409);
    expect((await json<LeaveView>(await call('PATCH', `/v1/leave/${own.id}`, cmo, { coverUsername: other.username }), 200)).cover).toBe(other.username);
  });
});
