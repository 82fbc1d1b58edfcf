import { Clock, TaskClosedV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { WakeUps } from '@homeward/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { newOfficer, officerAuth, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../../test-support/compliance-test-fixtures';

const HOUR = 3_600_000;
const SUMMARY = 'Said she stayed with an older friend in Leeds';

describe('compliance-tracker: claiming tasks and recording outcomes', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: string;
  let readOnly: string;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
    cmo = await officerAuth(svc.app, 'CMO');
    readOnly = await officerAuth(svc.app, 'READ_ONLY');
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

  const post = (path: string, auth: string | null, body?: unknown) =>
    fetch(`${svc.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const history = (taskId: string): Promise<{ actor: string; from_status: string | null; to_status: string; detail: object }[]> =>
    svc.app.get(DataSource).query(`SELECT actor, from_status, to_status, detail FROM task_history WHERE task_id = $1 ORDER BY id`, [taskId]);

  it('given no key, or a read-only officer, when they claim a task, then 401 and 403; a read-only officer may still list', async () => {
    const task = await openReturnInterview();
    expect((await post(`/v1/tasks/${task.id}/claim`, null)).status).toBe(401);
    expect((await post(`/v1/tasks/${task.id}/claim`, readOnly)).status).toBe(403);
    expect((await fetch(`${svc.url}/v1/tasks`)).status).toBe(401);
    const list = await fetch(`${svc.url}/v1/tasks?status=OPEN&type=RETURN_INTERVIEW`, { headers: { authorization: readOnly } });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: { id: string }[] }).items.map((t) => t.id)).toContain(task.id);
  });

  it('given a return interview offered, accepted and held within 72 h, then it completes as compliant, its alarms end, and the summary stays out of history and events', async () => {
    const task = await openReturnInterview();
    expect((await post(`/v1/tasks/${task.id}/claim`, cmo)).status).toBe(200);
    const again = await post(`/v1/tasks/${task.id}/claim`, cmo);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { message: string }).message).toContain('CLAIMED');

    clock.advance(2 * HOUR);
    expect((await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'OFFERED', offeredAt: clock.now().toISOString(), offeredHow: 'PHONE' })).status).toBe(200);
    expect((await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'ACCEPTED', acceptedAt: clock.now().toISOString() })).status).toBe(200);
    clock.advance(24 * HOUR);
    const held = await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'HELD', heldAt: clock.now().toISOString(), interviewerIndependent: true, summary: SUMMARY });
    expect(held.status).toBe(200);
    expect(((await held.json()) as { status: string }).status).toBe('COMPLETED');

    const closed = await outboxEvents<TaskClosedV1>(svc.app, Topics.taskClosed, task.id);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ outcome: 'COMPLETED', compliant: true });
    const steps = await history(task.id);
    expect(steps.map((h) => h.to_status)).toEqual(['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED', 'COMPLETED']);
    expect(steps.slice(1).every((h) => h.actor.startsWith('cmo-'))).toBe(true);
    const everything = JSON.stringify([steps, await svc.app.get(DataSource).query(`SELECT payload FROM outbox WHERE aggregate_id = $1`, [task.id])]);
    expect(everything).not.toContain('Leeds');
    const [{ outcome_summary }] = await svc.app.get(DataSource).query(`SELECT outcome_summary FROM tasks WHERE id = $1`, [task.id]);
    expect(outcome_summary).toBe(SUMMARY);

    // Closed: the alarms are gone from Redis and Postgres, and a sweep long after the deadline announces nothing.
    expect(await wakeUpJob(svc.app, 'deadline-overdue', task.id, 1)).toBeUndefined();
    clock.set(task.due_at.getTime() + 72 * HOUR);
    await svc.app.get(WakeUps).sweepNow();
    expect(await outboxEvents(svc.app, Topics.taskOverdue, task.id)).toHaveLength(0);
    expect(await outboxEvents(svc.app, Topics.taskEscalated, task.id)).toHaveLength(0);

    const late = await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { message: string }).message).toBe('task is COMPLETED: cannot record DECLINED');
  });

  it('given a task one CMO claimed, when another CMO records an outcome, then 403 names the holder and nothing changes; a manager may record it', async () => {
    const task = await openReturnInterview();
    const holder = await newOfficer(svc.app, 'CMO');
    const other = await newOfficer(svc.app, 'CMO');
    const manager = await newOfficer(svc.app, 'MANAGER');
    await post(`/v1/tasks/${task.id}/claim`, holder.auth);
    const offer = { kind: 'OFFERED', offeredAt: clock.now().toISOString(), offeredHow: 'PHONE' };
    const refused = await post(`/v1/tasks/${task.id}/outcome`, other.auth, offer);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe(`the task is ${holder.username}'s: only they or a manager may record its outcome`);
    expect((await history(task.id)).map((h) => h.to_status)).toEqual(['OPEN', 'CLAIMED']);
    expect((await post(`/v1/tasks/${task.id}/outcome`, manager.auth, offer)).status).toBe(200);
    expect((await post(`/v1/tasks/${task.id}/outcome`, holder.auth, { kind: 'ACCEPTED', acceptedAt: clock.now().toISOString() })).status).toBe(200);
    expect((await history(task.id)).map((h) => [h.to_status, h.actor])).toEqual([['OPEN', 'protocol'], ['CLAIMED', holder.username], ['OFFERED', manager.username], ['ACCEPTED', holder.username]]);
  });

  it('given an outcome missing a required field or from the future, then 400 names the field and nothing changes', async () => {
    const task = await openReturnInterview();
    await post(`/v1/tasks/${task.id}/claim`, cmo);
    const missing = await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'OFFERED', offeredHow: 'PHONE' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['offeredAt']);
    const future = await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'OFFERED', offeredHow: 'PHONE', offeredAt: new Date(clock.now().getTime() + HOUR).toISOString() });
    expect(future.status).toBe(400);
    const wrongKind = await post(`/v1/tasks/${task.id}/outcome`, cmo, { kind: 'MEETING_HELD', heldAt: clock.now().toISOString(), attendeeAgencies: ['POLICE'] });
    expect(wrongKind.status).toBe(400);
    expect((await history(task.id)).map((h) => h.to_status)).toEqual(['OPEN', 'CLAIMED']);
  });

  it('given return interviews declined, not offered and left overdue, then the compliance figures count them as the Board reads them', async () => {
    const from = clock.advance(60_000); // after the earlier tests' tasks
    const [declined, notOffered, overdue] = [await openReturnInterview(), await openReturnInterview(), await openReturnInterview()];
    for (const t of [declined, notOffered]) await post(`/v1/tasks/${t.id}/claim`, cmo);
    clock.advance(HOUR);
    await post(`/v1/tasks/${declined.id}/outcome`, cmo, { kind: 'OFFERED', offeredAt: clock.now().toISOString(), offeredHow: 'IN_PERSON' });
    await post(`/v1/tasks/${declined.id}/outcome`, cmo, { kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' });
    await post(`/v1/tasks/${notOffered.id}/outcome`, cmo, { kind: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' });
    clock.set(overdue.due_at.getTime() + HOUR);

    const res = await fetch(`${svc.url}/v1/compliance?from=${from.toISOString()}&to=${clock.now().toISOString()}`, { headers: { authorization: readOnly } });
    expect(res.status).toBe(200);
    const figures = (await res.json()) as { returnInterviews: Record<string, unknown> };
    expect(figures.returnInterviews).toEqual({
      total: 3,
      offeredWithin72h: { count: 1, percent: 33.3 },
      heldWithin72h: { count: 0, percent: 0 },
      declined: { count: 1, percent: 33.3 },
      notOffered: { count: 1, percent: 33.3 },
      notOfferedByReason: { CHILD_IN_CUSTODY: 1 },
      overdueNow: { count: 1, percent: 33.3 },
    });
  });
});
