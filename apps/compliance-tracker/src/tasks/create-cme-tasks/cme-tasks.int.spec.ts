import { Clock, CmeTasksRequiredV1, TaskAssignedV1, TaskClosedV1, TaskCreatedV1, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { armedWakeUp, cmeCaseClosed, cmeTasksOf, cmeTasksRequired, newOfficer, outboxEvents, wakeUpJob } from '../../../test-support/compliance-test-fixtures';
import { deadlineStepKind } from '../../deadline-alarms/deadline-steps';
import { LEAVE_START } from '../../officer-leave/start-leave';
import type { LeaveView } from '../../officer-leave/leave.view';
import type { TaskDetailView } from '../get-task/task-detail.view';
import type { TaskView } from '../task.view';

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe("compliance-tracker: a CME case's work in the CMO's queue", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: Officer;
  let manager: Officer;
  const clock = new FakeClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    // The sweep's own schedule stays out of the way: these tests wake alarms one by one.
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(DAY) } });
    [cmo, manager] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'MANAGER')];
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const db = () => svc.app.get(DataSource);
  const call = (method: string, path: string, auth: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const consumed = async (consumer: string, messageId: string): Promise<number> =>
    (await db().query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = $1 AND message_id = $2`, [consumer, messageId]))[0].n;

  /** The case's request through Kafka, keyed by the child's hash as education-referrals keys it; its tasks once made. */
  async function requested(request: CmeTasksRequiredV1, envelope = testEnvelope('education.cme-tasks-required', request)) {
    await env.publish(Topics.cmeTasksRequired, envelope, request.childKey);
    return waitFor(async () => {
      const tasks = await cmeTasksOf(svc.app, request.caseId);
      return tasks.length === request.tasks.length ? tasks : null;
    }, { timeoutMs: 30_000, description: `the tasks of case ${request.caseReference}` });
  }

  it('given the same request delivered twice, then one task a type, OPEN in the queue with the given deadline, its subject the case, and one set of alarms', async () => {
    const request = cmeTasksRequired(clock.now(), [{ type: 'CME_ENQUIRIES', dueInDays: 10 }, { type: 'CME_S19_CONSIDERATION', dueInDays: 21 }]);
    const envelope = testEnvelope('education.cme-tasks-required', request);
    await env.publish(Topics.cmeTasksRequired, envelope, request.childKey);
    await requested(request, envelope);
    // A later request on the same key proves both copies were consumed before we count.
    const marker = { ...cmeTasksRequired(clock.now()), childKey: request.childKey };
    await requested(marker);

    const tasks = await cmeTasksOf(svc.app, request.caseId);
    expect(tasks.map((t) => [t.type, t.status])).toEqual([['CME_ENQUIRIES', 'OPEN'], ['CME_S19_CONSIDERATION', 'OPEN']]);
    const enquiries = tasks[0];
    const steps: { step: string }[] = await db().query(`SELECT step FROM task_deadline_steps WHERE task_id = $1 ORDER BY due_at`, [enquiries.id]);
    expect(steps.map((s) => s.step)).toEqual(['unclaimed', 'reminder', 'overdue', 'escalation-1', 'escalation-2']);
    await armedWakeUp(svc.app, 'deadline-overdue', enquiries.id, 1);

    const res = await call('GET', '/v1/tasks?subject=CME_CASE&type=CME_ENQUIRIES&assignee=none&pageSize=100', cmo.auth);
    expect(res.status).toBe(200);
    const listed = ((await res.json()) as { items: TaskView[] }).items.find((t) => t.id === enquiries.id);
    expect(listed).toMatchObject({
      type: 'CME_ENQUIRIES',
      status: 'OPEN',
      priority: 'NORMAL',
      assignee: null,
      dueAt: request.tasks[0].dueAt,
      policeReference: null,
      childId: null,
      episodeId: null,
      decisionId: null,
      subject: { kind: 'CME_CASE', caseId: request.caseId, caseReference: request.caseReference, childKey: request.childKey },
    });
    const missing = await call('GET', '/v1/tasks?subject=MISSING_EPISODE&type=CME_ENQUIRIES', cmo.auth);
    expect(((await missing.json()) as { items: TaskView[] }).items).toEqual([]);

    const detail = (await (await call('GET', `/v1/tasks/${enquiries.id}`, cmo.auth)).json()) as TaskDetailView;
    // Given, not reckoned here: it counts from the request on education-referrals' term dates.
    expect(detail).toMatchObject({ deadlineRule: null, anchorAt: request.requestedAt, subject: { kind: 'CME_CASE', caseReference: request.caseReference } });

    const created = await outboxEvents<TaskCreatedV1>(svc.app, Topics.taskCreated, enquiries.id);
    expect(created).toEqual([expect.objectContaining({ taskType: 'CME_ENQUIRIES', decisionId: null, policeReference: null, subject: expect.objectContaining({ kind: 'CME_CASE', caseId: request.caseId }) })]);
    const [{ message_key: key }] = await db().query(`SELECT message_key FROM outbox WHERE aggregate_id = $1 AND topic = $2`, [enquiries.id, Topics.taskCreated]);
    expect(key).toBe(request.childKey);
    const [created1] = await db().query(`SELECT actor, to_status, detail FROM task_history WHERE task_id = $1`, [enquiries.id]);
    expect(created1).toEqual({ actor: 'education-referrals', to_status: 'OPEN', detail: { cmeCaseId: request.caseId, caseReference: request.caseReference, source: 'SCHOOL_DELETION_RETURN' } });
  });

  it("given the consumer's connection killed mid-work (one task made, the next waiting), then the redelivery makes each task once", async () => {
    const request = cmeTasksRequired(clock.now(), [{ type: 'CME_ENQUIRIES', dueInDays: 10 }, { type: 'CME_S19_CONSIDERATION', dueInDays: 21 }]);
    const envelope = testEnvelope('education.cme-tasks-required', request);
    // Holds the second task's action key in an open transaction: the consumer, having made the first, waits on it.
    const blocker = db().createQueryRunner();
    await blocker.connect();
    try {
      await blocker.startTransaction();
      await blocker.query(
        `INSERT INTO tasks (id, action_key, subject_kind, cme_case_id, case_reference, child_key, type, status, priority, due_at, anchor_at, reasons)
         VALUES (gen_random_uuid(), $1, 'CME_CASE', $2, $3, $4, 'CME_S19_CONSIDERATION', 'OPEN', 'NORMAL', now(), now(), '{}')`,
        [`cme:${request.caseId}:CME_S19_CONSIDERATION`, request.caseId, request.caseReference, request.childKey],
      );
      await env.publish(Topics.cmeTasksRequired, envelope, request.childKey);
      const pid = await waitFor(
        async () => ((await db().query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO %tasks%' AND pid <> pg_backend_pid()`)) as { pid: number }[])[0]?.pid,
        { timeoutMs: 30_000, description: 'the consumer waiting on the second task' },
      );
      await db().query(`SELECT pg_terminate_backend($1)`, [pid]);
      expect(await consumed('compliance-tracker.create-cme-tasks', envelope.id)).toBe(0);
      await blocker.rollbackTransaction();
    } finally {
      await blocker.release();
    }
    await waitFor(async () => (await consumed('compliance-tracker.create-cme-tasks', envelope.id)) === 1, { timeoutMs: 30_000, description: 'the request after redelivery' });
    const tasks = await cmeTasksOf(svc.app, request.caseId);
    expect(tasks.map((t) => t.type)).toEqual(['CME_ENQUIRIES', 'CME_S19_CONSIDERATION']);
    for (const t of tasks) {
      expect(await outboxEvents(svc.app, Topics.taskCreated, t.id)).toHaveLength(1);
      expect(await db().query(`SELECT count(*)::int AS n FROM task_history WHERE task_id = $1`, [t.id])).toEqual([{ n: 1 }]);
    }
  });

  it('given a CME task, a CMO claims it, and their leave hands it to their cover, as for any task', async () => {
    const [away, cover] = [await newOfficer(svc.app, 'CMO'), await newOfficer(svc.app, 'CMO')];
    const [task] = await requested(cmeTasksRequired(clock.now()));
    const claim = await call('POST', `/v1/tasks/${task.id}/claim`, away.auth);
    expect(claim.status).toBe(200);
    expect(await claim.json()).toMatchObject({ status: 'CLAIMED', assignee: away.username });
    const claimed = await outboxEvents<TaskAssignedV1>(svc.app, Topics.taskAssigned, task.id);
    expect(claimed).toEqual([expect.objectContaining({ change: 'CLAIMED', assignee: away.username, policeReference: null, subject: expect.objectContaining({ kind: 'CME_CASE' }) })]);

    const startsAt = new Date(clock.now().getTime() + 2 * HOUR);
    const recorded = await call('POST', '/v1/leave', manager.auth, { officer: away.username, cover: cover.username, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 7 * DAY).toISOString() });
    expect(recorded.status).toBe(201);
    const leave = (await recorded.json()) as LeaveView;
    const job = await waitFor(() => wakeUpJob(svc.app, LEAVE_START, leave.id, Date.parse(leave.startsAt)), { description: 'the leave alarm' });
    clock.set(Date.parse(leave.startsAt) + 1_000);
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: 'the leave alarm to complete' });

    expect(await db().query(`SELECT status, assignee FROM tasks WHERE id = $1`, [task.id])).toEqual([{ status: 'CLAIMED', assignee: cover.username }]);
    const handedOver = (await outboxEvents<TaskAssignedV1>(svc.app, Topics.taskAssigned, task.id)).filter((e) => e.change === 'HANDED_OVER');
    expect(handedOver).toEqual([expect.objectContaining({ assignee: cover.username, previousAssignee: away.username })]);
  });

  it('given an open CME task, when its deadline passes, then the overdue alarm announces it once, with its case and no police reference', async () => {
    const [task] = await requested(cmeTasksRequired(clock.now(), [{ type: 'CME_ENQUIRIES', dueInDays: 3 }]));
    const job = await armedWakeUp(svc.app, deadlineStepKind('overdue'), task.id, 1);
    expect(await job.getState()).toBe('delayed');
    clock.set(task.due_at.getTime() + 1_000);
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: 'the overdue alarm to complete' });

    const overdue = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskOverdue, task.id);
    expect(overdue).toEqual([expect.objectContaining({ taskType: 'CME_ENQUIRIES', policeReference: null, childId: null, notifyRole: 'CHILDREN_MISSING_OFFICER', subject: expect.objectContaining({ kind: 'CME_CASE' }) })]);
  });

  it('given the case closed, delivered twice, then its open tasks are completed once, saying why, and their alarms are gone', async () => {
    const request = cmeTasksRequired(clock.now(), [{ type: 'CME_ENQUIRIES', dueInDays: 10 }, { type: 'CME_S19_CONSIDERATION', dueInDays: 21 }]);
    const [enquiries, s19] = await requested(request);
    expect((await call('POST', `/v1/tasks/${s19.id}/claim`, cmo.auth)).status).toBe(200);
    const closedAt = new Date(clock.now().getTime() + HOUR);
    const closure = testEnvelope('education.cme-case-closed', cmeCaseClosed(request, closedAt));
    await env.publish(Topics.cmeCaseClosed, closure, request.childKey);
    await env.publish(Topics.cmeCaseClosed, closure, request.childKey);
    // A later closure on the same key proves both copies were consumed before we count.
    const marker = { ...cmeTasksRequired(clock.now()), childKey: request.childKey };
    const [markerTask] = await requested(marker);
    await env.publish(Topics.cmeCaseClosed, testEnvelope('education.cme-case-closed', cmeCaseClosed(marker, closedAt)), request.childKey);
    await waitFor(async () => (await cmeTasksOf(svc.app, marker.caseId))[0].status === 'COMPLETED', { timeoutMs: 30_000, description: 'the marker closed' });

    const rows: { id: string; status: string; outcome: Record<string, unknown>; closed_at: Date | null }[] = await db().query(
      `SELECT id, status, outcome, closed_at FROM tasks WHERE cme_case_id = $1 ORDER BY type`,
      [request.caseId],
    );
    expect(rows.map((r) => [r.status, r.outcome])).toEqual([
      ['COMPLETED', { result: 'DONE', doneAt: closedAt.toISOString() }],
      ['COMPLETED', { result: 'DONE', doneAt: closedAt.toISOString() }],
    ]);
    for (const t of [enquiries, s19]) {
      const closed = await outboxEvents<TaskClosedV1>(svc.app, Topics.taskClosed, t.id);
      expect(closed).toEqual([expect.objectContaining({ outcome: 'COMPLETED', compliant: true, policeReference: null, subject: expect.objectContaining({ kind: 'CME_CASE', caseId: request.caseId }) })]);
      const history: { actor: string; to_status: string; detail: Record<string, unknown> }[] = await db().query(
        `SELECT actor, to_status, detail FROM task_history WHERE task_id = $1 AND to_status = 'COMPLETED'`,
        [t.id],
      );
      expect(history).toEqual([
        { actor: 'education-referrals', to_status: 'COMPLETED', detail: { change: 'CME_CASE_CLOSED', cmeCaseId: request.caseId, caseReference: request.caseReference, caseOutcome: 'ON_ROLL_ELSEWHERE', caseClosedAt: closedAt.toISOString() } },
      ]);
      expect(await db().query(`SELECT count(*)::int AS n FROM task_deadline_steps WHERE task_id = $1 AND fired_at IS NULL`, [t.id])).toEqual([{ n: 0 }]);
      expect(await wakeUpJob(svc.app, deadlineStepKind('overdue'), t.id, 1)).toBeUndefined();
    }
    const historyPage = await call('GET', `/v1/tasks/${enquiries.id}/history`, cmo.auth);
    expect(JSON.stringify(await historyPage.json())).toContain('CME_CASE_CLOSED');
    expect(markerTask.status).toBe('OPEN');
  });

  it('given a malformed request, then it changes nothing and the next message is still processed', async () => {
    const bad = { ...cmeTasksRequired(clock.now()), tasks: [{ type: 'RETURN_INTERVIEW', dueAt: 'soon' }] };
    const envelope = testEnvelope('education.cme-tasks-required', bad);
    await env.publish(Topics.cmeTasksRequired, envelope, bad.childKey);
    const next = { ...cmeTasksRequired(clock.now()), childKey: bad.childKey };
    await requested(next);
    expect(await cmeTasksOf(svc.app, bad.caseId)).toEqual([]);
  });
});
