import { Clock, TaskClosedV1, Topics } from '@homeward/contracts';
import { WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { newOfficer, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, armedWakeUp, wakeUpJob } from '../../../test-support/compliance-test-fixtures';

const HOUR = 3_600_000;

describe('compliance-tracker: a manager cancels a task with a reason (POST /v1/tasks/{id}/cancel)', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let manager: { username: string; auth: string };
  let cmo: { username: string; auth: string };
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    manager = await newOfficer(svc.app, 'MANAGER');
    cmo = await newOfficer(svc.app, 'CMO');
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
  const history = async (taskId: string, auth: string) => (await (await fetch(`${svc.url}/v1/tasks/${taskId}/history`, { headers: { authorization: auth } })).json()) as Record<string, unknown>[];

  it('given a claimed task, when a manager cancels it as a report made in error, then it is CANCELLED, task-closed says so, its alarms go and staff read who and why', async () => {
    const task = await openReturnInterview();
    expect((await post(`/v1/tasks/${task.id}/claim`, cmo.auth)).status).toBe(200);
    await armedWakeUp(svc.app, 'deadline-overdue', task.id, 1);

    const res = await post(`/v1/tasks/${task.id}/cancel`, manager.auth, { reason: 'REPORT_MADE_IN_ERROR' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: task.id, status: 'CANCELLED' });

    const closed = await outboxEvents<TaskClosedV1>(svc.app, Topics.taskClosed, task.id);
    expect(closed.map((c) => c.outcome)).toEqual(['CANCELLED']);
    expect(await wakeUpJob(svc.app, 'deadline-overdue', task.id, 1)).toBeUndefined();
    const pending: unknown[] = await svc.app.get(DataSource).query(`SELECT 1 FROM task_deadline_steps WHERE task_id = $1 AND fired_at IS NULL`, [task.id]);
    expect(pending).toHaveLength(0);
    clock.set(task.due_at.getTime() + 72 * HOUR);
    await svc.app.get(WakeUps).sweepNow();
    expect(await outboxEvents(svc.app, Topics.taskOverdue, task.id)).toHaveLength(0);

    const reader = await newOfficer(svc.app, 'READ_ONLY');
    const last = (await history(task.id, reader.auth)).at(-1);
    expect(last).toMatchObject({ action: 'CANCELLED', actor: manager.username, fromStatus: 'CLAIMED', toStatus: 'CANCELLED', details: { reason: 'REPORT_MADE_IN_ERROR', role: 'MANAGER' } });

    const again = await post(`/v1/tasks/${task.id}/cancel`, manager.auth, { reason: 'DUPLICATE' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toBe('task is CANCELLED: cannot cancel it');
  });

  it('given a CMO, or a reason not in the list, then 403 or 400 naming the field, and nothing changes', async () => {
    const task = await openReturnInterview();
    expect((await post(`/v1/tasks/${task.id}/cancel`, cmo.auth, { reason: 'DUPLICATE' })).status).toBe(403);
    const bad = await post(`/v1/tasks/${task.id}/cancel`, manager.auth, { reason: 'BORED' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['reason']);
    expect((await post(`/v1/tasks/${task.id}/cancel`, manager.auth, {})).status).toBe(400);
    expect(await svc.app.get(DataSource).query(`SELECT status FROM tasks WHERE id = $1`, [task.id])).toEqual([{ status: 'OPEN' }]);
    expect(await outboxEvents(svc.app, Topics.taskClosed, task.id)).toHaveLength(0);
  });

  it('given cancelled return interviews, then the compliance figures leave them out, as superseded ones', async () => {
    const from = clock.advance(60_000);
    const [kept, cancelled] = [await openReturnInterview(), await openReturnInterview()];
    await post(`/v1/tasks/${cancelled.id}/cancel`, manager.auth, { reason: 'DUPLICATE' });
    const res = await fetch(`${svc.url}/v1/compliance?from=${from.toISOString()}&to=${new Date(clock.now().getTime() + 1).toISOString()}`, { headers: { authorization: manager.auth } });
    const figures = (await res.json()) as { returnInterviews: { total: number } };
    expect(figures.returnInterviews.total).toBe(1);
    expect(kept.status).toBe('OPEN');
  });
});
