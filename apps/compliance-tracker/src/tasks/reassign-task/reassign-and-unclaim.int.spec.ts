import { Clock, TaskAssignedV1, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { deadlineStepKind } from '../../deadline-alarms/deadline-steps';
import { newOfficer, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, armedWakeUp } from '../../../test-support/compliance-test-fixtures';

const HOUR = 3_600_000;
type Officer = { id: string; username: string; auth: string };

describe('compliance-tracker: a manager reassigns and unclaims tasks (POST /v1/tasks/{id}/reassign, /unclaim)', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let manager: Officer;
  let casey: Officer;
  let rowan: Officer;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    manager = await newOfficer(svc.app, 'MANAGER');
    casey = await newOfficer(svc.app, 'CMO');
    rowan = await newOfficer(svc.app, 'CMO');
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  async function openReturnInterview(): Promise<TaskRow> {
    const decision = returnInterviewDecision(clock.now());
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the RHI task' });
    return task;
  }

  const post = (path: string, auth: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });
  const history = async (taskId: string, auth: string) => (await (await fetch(`${svc.url}/v1/tasks/${taskId}/history`, { headers: { authorization: auth } })).json()) as Record<string, unknown>[];
  const assignee = async (taskId: string) => ((await svc.app.get(DataSource).query(`SELECT status, assignee FROM tasks WHERE id = $1`, [taskId])) as { status: string; assignee: string | null }[])[0];

  it('given a task Casey claimed, when a manager gives it to Rowan and later unclaims it, then each move is in the history staff read, published as task-assigned, and the alarms stay', async () => {
    const task = await openReturnInterview();
    await post(`/v1/tasks/${task.id}/claim`, casey.auth);

    expect(await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: rowan.username }))).toEqual({ status: 200, body: { id: task.id, status: 'CLAIMED', assignee: rowan.username } });
    // Rowan may now record the outcome; Casey no longer may.
    const offer = { kind: 'OFFERED', offeredAt: clock.now().toISOString(), offeredHow: 'PHONE' };
    expect((await post(`/v1/tasks/${task.id}/outcome`, casey.auth, offer)).status).toBe(403);
    expect((await post(`/v1/tasks/${task.id}/outcome`, rowan.auth, offer)).status).toBe(200);

    expect(await answer(await post(`/v1/tasks/${task.id}/unclaim`, manager.auth))).toEqual({ status: 200, body: { id: task.id, status: 'OFFERED', assignee: null } });
    expect(await assignee(task.id)).toEqual({ status: 'OFFERED', assignee: null });

    const reader = await newOfficer(svc.app, 'READ_ONLY');
    const rows = await history(task.id, reader.auth);
    expect(rows.map((r) => [r.action, r.actor, r.fromStatus, r.toStatus])).toEqual([
      ['CREATED', 'protocol', null, 'OPEN'],
      ['CLAIMED', casey.username, 'OPEN', 'CLAIMED'],
      ['REASSIGNED', manager.username, 'CLAIMED', 'CLAIMED'],
      ['OUTCOME_RECORDED', rowan.username, 'CLAIMED', 'OFFERED'],
      ['UNCLAIMED', manager.username, 'OFFERED', 'OFFERED'],
    ]);
    expect(rows[2].details).toEqual({ change: 'REASSIGNED', role: 'MANAGER', fromAssignee: casey.username, toAssignee: rowan.username });
    expect(rows[4].details).toEqual({ change: 'UNCLAIMED', role: 'MANAGER', fromAssignee: rowan.username, toAssignee: 'TEAM_QUEUE' });

    const assigned = await outboxEvents<TaskAssignedV1>(svc.app, Topics.taskAssigned, task.id);
    expect(assigned.map((e) => [e.change, e.previousAssignee, e.assignee, e.status, e.changedBy])).toEqual([
      ['CLAIMED', null, casey.username, 'CLAIMED', casey.username],
      ['REASSIGNED', casey.username, rowan.username, 'CLAIMED', manager.username],
      ['UNCLAIMED', rowan.username, null, 'OFFERED', manager.username],
    ]);
    await armedWakeUp(svc.app, deadlineStepKind('overdue'), task.id, 1);
  });

  it('given open work reassigned, then it is claimed by the officer chosen, and its reminder names them when it fires', async () => {
    const task = await openReturnInterview();
    expect((await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: casey.username }))).body).toMatchObject({ status: 'CLAIMED', assignee: casey.username });
    const job = await armedWakeUp(svc.app, deadlineStepKind('reminder'), task.id, 1);
    clock.set(task.due_at.getTime() - 24 * HOUR + 1_000);
    await job.promote();
    const [reminder] = await waitFor(async () => {
      const found = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskReminderDue, task.id);
      return found.length > 0 ? found : null;
    }, { description: 'the reminder event' });
    expect(reminder.assignee).toBe(casey.username);
  });

  it('given an officer on leave with a cover, when given work, then the cover takes it and the history names the leave; on leave without cover it is refused', async () => {
    const away = await newOfficer(svc.app, 'CMO');
    const alone = await newOfficer(svc.app, 'CMO');
    const leave = (officer: Officer, cover?: Officer) =>
      post('/v1/leave', manager.auth, { officer: officer.username, startsAt: new Date(clock.now().getTime() - HOUR).toISOString(), endsAt: new Date(clock.now().getTime() + 72 * HOUR).toISOString(), ...(cover ? { cover: cover.username } : {}) });
    const covered = (await (await leave(away, rowan)).json()) as { id: string };
    expect((await leave(alone)).status).toBe(201);

    const task = await openReturnInterview();
    expect((await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: away.username }))).body).toMatchObject({ assignee: rowan.username });
    expect((await history(task.id, manager.auth)).at(-1)?.details).toEqual({ change: 'REASSIGNED', role: 'MANAGER', fromAssignee: null, toAssignee: rowan.username, leaveId: covered.id, coveringFor: away.username });

    const refused = await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: alone.username }));
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(new RegExp(`^${alone.username} is on leave until .* with no cover`));
    expect(await assignee(task.id)).toEqual({ status: 'CLAIMED', assignee: rowan.username });
  });

  it('given bad requests, then 400, 403 or 409 with the reason, and nothing changes', async () => {
    const task = await openReturnInterview();
    const reader = await newOfficer(svc.app, 'READ_ONLY');
    expect((await post(`/v1/tasks/${task.id}/reassign`, casey.auth, { officer: rowan.username })).status).toBe(403);
    const unknown = await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: 'nobody-here' }));
    expect(unknown).toMatchObject({ status: 400, body: { problems: [{ field: 'officer', reason: 'no active officer nobody-here' }] } });
    expect((await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: reader.username }))).status).toBe(400);
    expect(new Set(((await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, {}))).body.problems as { field: string }[]).map((p) => p.field))).toEqual(new Set(['officer']));
    expect((await answer(await post(`/v1/tasks/${task.id}/unclaim`, manager.auth))).body.message).toBe('task is OPEN and nobody holds it: nothing to unclaim');

    await post(`/v1/tasks/${task.id}/claim`, casey.auth);
    expect((await answer(await post(`/v1/tasks/${task.id}/unclaim`, rowan.auth))).body.message).toBe(`the task is ${casey.username}'s: only they or a manager may unclaim it`);
    expect((await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: casey.username })).status).toBe(409);
    expect(await assignee(task.id)).toEqual({ status: 'CLAIMED', assignee: casey.username });
    expect((await history(task.id, manager.auth)).map((r) => r.action)).toEqual(['CREATED', 'CLAIMED']);
    // The CMO holding it may give it back.
    expect((await answer(await post(`/v1/tasks/${task.id}/unclaim`, casey.auth))).body).toMatchObject({ status: 'OPEN', assignee: null });

    await post(`/v1/tasks/${task.id}/cancel`, manager.auth, { reason: 'DUPLICATE' });
    expect((await answer(await post(`/v1/tasks/${task.id}/reassign`, manager.auth, { officer: rowan.username }))).body.message).toBe('task is CANCELLED: cannot reassign it');
    expect((await answer(await post(`/v1/tasks/${task.id}/unclaim`, manager.auth))).body.message).toBe('task is CANCELLED: cannot unclaim it');
  });
});
