import { wakeUpSweepQueue } from '@homeward/platform';
import { Clock, TaskAssignedV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, flushQueuePrefix, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { newOfficer, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../../test-support/compliance-test-fixtures';
import { LeaveView } from '../leave.view';
import { LEAVE_START, StartLeave, StartLeaveCommand } from '.';

const HOUR = 3_600_000;
/** The platform's wake-up sweep, through its own queue and worker. */
const SWEEP_QUEUE = wakeUpSweepQueue('compliance-tracker');
const DAY = 24 * HOUR;
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe('compliance-tracker: officers on leave and their cover', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let manager: Officer;
  const clock = new FakeClock('2025-11-03T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    // The sweep's own schedule stays out of the way: these tests run it when they mean to.
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
    manager = await newOfficer(svc.app, 'MANAGER');
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const db = () => svc.app.get(DataSource);
  const call = (method: string, path: string, auth: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });

  async function openTask(): Promise<TaskRow> {
    const decision = returnInterviewDecision(clock.now());
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the RHI task' });
    return task;
  }

  async function claimedBy(officer: Officer): Promise<TaskRow> {
    const task = await openTask();
    expect((await call('POST', `/v1/tasks/${task.id}/claim`, officer.auth)).status).toBe(200);
    return task;
  }

  async function recordLeave(officer: Officer, cover: Officer | null, startsInMs: number): Promise<LeaveView> {
    const startsAt = new Date(clock.now().getTime() + startsInMs);
    const res = await call('POST', '/v1/leave', manager.auth, {
      officer: officer.username,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7 * DAY).toISOString(),
      ...(cover ? { cover: cover.username } : {}),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as LeaveView;
  }

  const task = async (id: string): Promise<{ status: string; assignee: string | null }> =>
    (await db().query(`SELECT status, assignee FROM tasks WHERE id = $1`, [id]))[0];
  const handOvers = (id: string): Promise<{ actor: string; from_status: string; to_status: string; detail: Record<string, string> }[]> =>
    db().query(`SELECT actor, from_status, to_status, detail FROM task_history WHERE task_id = $1 AND actor = 'system:leave-cover' ORDER BY id`, [id]);
  const leaveJob = (leave: LeaveView) => wakeUpJob(svc.app, LEAVE_START, leave.id, Date.parse(leave.startsAt));

  it("given a CMO's claimed tasks and leave with a named cover, when the leave starts and its alarm is delivered twice, then the tasks go to the cover once", async () => {
    const [away, cover] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const tasks = [await claimedBy(away), await claimedBy(away)];
    const leave = await recordLeave(away, cover, 2 * HOUR);
    const job = await waitFor(() => leaveJob(leave), { description: 'the leave alarm' });
    expect(await job.getState()).toBe('delayed');
    expect(job.data).toEqual({ subjectId: leave.id, version: Date.parse(leave.startsAt), correlationId: expect.any(String) }); // ids only

    clock.set(Date.parse(leave.startsAt) + 1_000);
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: 'the leave alarm to complete' });
    // The same wake-up again, and the sweep: nothing more.
    expect((await svc.app.get(StartLeave).execute(StartLeaveCommand.create({ leaveId: leave.id }))).kind).toBe('NOOP');

    for (const t of tasks) {
      expect(await task(t.id)).toEqual({ status: 'CLAIMED', assignee: cover.username });
      const moves = await handOvers(t.id);
      expect(moves).toHaveLength(1);
      expect(moves[0]).toMatchObject({ from_status: 'CLAIMED', to_status: 'CLAIMED', detail: { leaveId: leave.id, fromAssignee: away.username, toAssignee: cover.username } });
      const announced = (await outboxEvents<TaskAssignedV1>(svc.app, Topics.taskAssigned, t.id)).filter((e) => e.change === 'HANDED_OVER');
      expect(announced).toEqual([expect.objectContaining({ assignee: cover.username, previousAssignee: away.username, status: 'CLAIMED', changedBy: 'system:leave-cover' })]);
    }
    const listed = await call('GET', `/v1/leave?officer=${away.username}`, manager.auth);
    expect(((await listed.json()) as { items: LeaveView[] }).items).toEqual([expect.objectContaining({ id: leave.id, cover: cover.username, routedTasks: 2 })]);

    // On leave, a task the officer claims becomes the cover's.
    const later = await openTask();
    const claim = await call('POST', `/v1/tasks/${later.id}/claim`, away.auth);
    expect(((await claim.json()) as { assignee: string }).assignee).toBe(cover.username);
  });

  it('given leave with no cover, when its start is handled twice at once, then the claimed task goes back to the team queue once, and the officer cannot claim meanwhile', async () => {
    const away = await newOfficer(svc.app, 'CMO');
    const claimed = await claimedBy(away);
    const leave = await recordLeave(away, null, HOUR);
    clock.set(Date.parse(leave.startsAt));

    const start = () => svc.app.get(StartLeave).execute(StartLeaveCommand.create({ leaveId: leave.id }));
    const results = await Promise.all([start(), start()]);
    expect(results.map((r) => r.kind).sort()).toEqual(['NOOP', 'ROUTED']);

    expect(await task(claimed.id)).toEqual({ status: 'OPEN', assignee: null });
    expect(await handOvers(claimed.id)).toEqual([expect.objectContaining({ from_status: 'CLAIMED', to_status: 'OPEN', detail: expect.objectContaining({ toAssignee: 'TEAM_QUEUE' }) })]);
    expect((await outboxEvents<TaskAssignedV1>(svc.app, Topics.taskAssigned, claimed.id)).filter((e) => e.change === 'HANDED_OVER')).toEqual([
      expect.objectContaining({ assignee: null, previousAssignee: away.username, status: 'OPEN' }),
    ]);
    const refused = await call('POST', `/v1/tasks/${claimed.id}/claim`, away.auth);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { message: string }).message).toContain('on leave');
    expect(await task(claimed.id)).toEqual({ status: 'OPEN', assignee: null });
  });

  it('given leave whose alarm Redis lost, when its start passes and the periodic sweep runs, then the tasks go to the cover once and future leave alarms are set again', async () => {
    const [away, cover, later] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const claimed = await claimedBy(away);
    const leave = await recordLeave(away, cover, HOUR);
    const future = await recordLeave(later, null, 10 * DAY);
    await waitFor(() => leaveJob(future), { description: 'the future leave alarm' });

    expect(await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX)).toBeGreaterThan(0);
    expect(await leaveJob(leave)).toBeUndefined();
    clock.set(Date.parse(leave.startsAt) + 5 * 60_000);
    // One run of the periodic sweep, through its own queue and worker.
    const sweepQueue = new Queue(SWEEP_QUEUE, { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
    try {
      for (const run of ['one', 'two']) await sweepQueue.add('sweep', {}, { jobId: `test-sweep-${run}` });
      await waitFor(async () => (await sweepQueue.getJobCounts('completed')).completed >= 2, { timeoutMs: 15_000, description: 'two sweeps' });
    } finally {
      await sweepQueue.close();
    }

    expect(await task(claimed.id)).toEqual({ status: 'CLAIMED', assignee: cover.username });
    expect(await handOvers(claimed.id)).toHaveLength(1);
    expect(await (await leaveJob(future))?.getState()).toBe('delayed');
  });

  it("given a CMO recording someone else's leave, a read-only officer, or bad input, then 403 or 400 naming the field, and nothing is stored", async () => {
    const cmo = await newOfficer(svc.app, 'CMO');
    const start = clock.now().toISOString();
    expect((await call('POST', '/v1/leave', cmo.auth, { officer: manager.username, startsAt: start, endsAt: start })).status).toBe(403);
    expect((await call('GET', '/v1/leave', (await newOfficer(svc.app, 'READ_ONLY')).auth)).status).toBe(403);

    const bad = await call('POST', '/v1/leave', manager.auth, { officer: cmo.username, startsAt: start, endsAt: start, cover: 'nobody-here' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['endsAt']);
    const unknown = await call('POST', '/v1/leave', manager.auth, { officer: cmo.username, startsAt: start, endsAt: new Date(clock.now().getTime() + DAY).toISOString(), cover: 'nobody-here' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['cover']);
    expect(await db().query(`SELECT id FROM officer_leave WHERE officer_id = $1`, [cmo.id])).toEqual([]);
  });
});
