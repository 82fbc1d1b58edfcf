import { Clock, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { newOfficer, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { ChaseReply, ChaseReplyCommand, PLACING_AUTHORITY_REPLY_CHASE, ReplyChaseProcessor } from './chase-reply';
import { PlacingAuthorityRequestView } from './placing-authority-request.view';

const HOUR = 3_600_000;
// The sweep's own schedule stays out of the way: these tests sweep when they mean to.
const ENV = { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR), ALARM_WORKER_LOCK_MS: '1000', ALARM_WORKER_STALLED_INTERVAL_MS: '500', PLACING_AUTHORITY_REPLY_WORKING_DAYS: '5' };
type Officer = Awaited<ReturnType<typeof newOfficer>>;

describe("compliance-tracker: asking the placing authority, and chasing its reply", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  let cmo: Officer;
  // Monday 3 November 2025: 5 working days on is Monday 10 November, 10 is the 17th.
  const clock = new FakeClock('2025-11-03T09:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: ENV });
    cmo = await newOfficer(svc.app, 'CMO');
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const db = () => svc.app.get(DataSource);
  const call = (method: string, path: string, auth: string, body?: unknown) =>
    fetch(`${svc.url}${path}`, { method, headers: { 'content-type': 'application/json', authorization: auth }, body: body === undefined ? undefined : JSON.stringify(body) });
  const problemFields = async (res: Response) => [...new Set(((await res.json()) as { problems: { field: string }[] }).problems.map((p) => p.field))].sort();

  async function openTask(): Promise<TaskRow> {
    const decision = returnInterviewDecision(clock.now(), { responsibleAuthority: 'Bradford City Council' });
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the task' });
    return task;
  }

  const asking = () => ({ placingAuthority: 'Bradford City Council', contact: 'Looked After Children team', contactEmail: 'lac@example.gov.uk', askedAt: clock.now().toISOString() });

  async function ask(task: TaskRow): Promise<PlacingAuthorityRequestView> {
    const res = await call('POST', `/v1/tasks/${task.id}/placing-authority-requests`, cmo.auth, asking());
    expect(res.status).toBe(201);
    return (await res.json()) as PlacingAuthorityRequestView;
  }

  const requestsOf = async (task: TaskRow) => (await (await call('GET', `/v1/tasks/${task.id}/placing-authority-requests`, cmo.auth)).json()) as PlacingAuthorityRequestView[];
  const chaseJob = (request: PlacingAuthorityRequestView, level: number) =>
    waitFor(() => wakeUpJob(svc.app, PLACING_AUTHORITY_REPLY_CHASE, request.id, level), { description: `chase ${level}'s job` });
  const chase = (request: PlacingAuthorityRequestView, level: number) => svc.app.get(ChaseReply).execute(ChaseReplyCommand.create({ requestId: request.id, level }));
  const reminders = (request: PlacingAuthorityRequestView) => outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskReminderDue, request.id);
  const escalations = (request: PlacingAuthorityRequestView) => outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, request.id);
  const pendingWakeUps = (request: PlacingAuthorityRequestView): Promise<unknown[]> =>
    db().query(`SELECT version FROM wake_ups WHERE kind = $1 AND subject_id = $2`, [PLACING_AUTHORITY_REPLY_CHASE, request.id]);

  /** The clock past the chase's due instant, one sweep, and the chase's job run. */
  async function dueAndSwept(request: PlacingAuthorityRequestView, level: number, dueAt: string): Promise<void> {
    const job = await chaseJob(request, level);
    expect(await job.getState()).toBe('delayed');
    expect(job.data).toEqual({ subjectId: request.id, version: level, correlationId: expect.any(String) }); // ids only
    clock.set(Date.parse(dueAt) + 1_000);
    await svc.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await job.getState()) === 'completed', { description: `chase ${level} to complete` });
  }

  it('given a request with no reply, when 5 working days pass, then the CMO is reminded once; when 5 more pass, the team manager once; the trail shows each', async () => {
    const task = await openTask();
    const request = await ask(task);
    expect(request).toMatchObject({ taskId: task.id, placingAuthority: 'Bradford City Council', askedBy: cmo.username, nextChaseAt: '2025-11-10T09:00:00.000Z', reply: null });

    await dueAndSwept(request, 1, '2025-11-10T09:00:00.000Z');
    // The same wake-up again, from the sweep and directly: nothing more.
    await svc.app.get(WakeUps).sweepNow();
    expect((await chase(request, 1)).kind).toBe('NOOP');
    expect(await reminders(request)).toEqual([expect.objectContaining({ taskId: task.id, notifyRole: 'CHILDREN_MISSING_OFFICER', placingAuthorityRequestId: request.id })]);
    expect(await escalations(request)).toEqual([]);
    const [reminded] = await requestsOf(task);
    expect(reminded.nextChaseAt).toBe('2025-11-17T09:00:00.000Z');

    await dueAndSwept(request, 2, '2025-11-17T09:00:00.000Z');
    expect((await chase(request, 2)).kind).toBe('NOOP');
    expect((await escalations(request)).map((e) => [e.escalationLevel, e.notifyRole, e.placingAuthorityRequestId])).toEqual([[1, 'TEAM_MANAGER', request.id]]);
    expect(await reminders(request)).toHaveLength(1);
    const [escalated] = await requestsOf(task);
    expect(escalated.trail.map((t) => [t.event, t.by])).toEqual([['ASKED', cmo.username], ['REMINDED', 'system:reply-chase'], ['ESCALATED', 'system:reply-chase']]);
    expect(escalated.nextChaseAt).toBeNull();
    expect(await pendingWakeUps(request)).toEqual([]);
  });

  it('given a reply before the first chase, then its chases are cancelled, nobody is chased when they fall due, and a second reply is refused', async () => {
    const task = await openTask();
    const request = await ask(task);
    await chaseJob(request, 1);
    const reply = { receivedAt: clock.now().toISOString(), riskAssessment: true, riskManagementPlan: false };
    const res = await call('POST', `/v1/placing-authority-requests/${request.id}/reply`, cmo.auth, reply);
    expect(res.status).toBe(200);
    const replied = (await res.json()) as PlacingAuthorityRequestView;
    expect(replied).toMatchObject({ nextChaseAt: null, reply: { receivedAt: reply.receivedAt, riskAssessment: true, riskManagementPlan: false, recordedBy: cmo.username } });
    expect(replied.trail.map((t) => t.event)).toEqual(['ASKED', 'REPLY_RECEIVED']);
    expect(await pendingWakeUps(request)).toEqual([]);
    await waitFor(async () => (await wakeUpJob(svc.app, PLACING_AUTHORITY_REPLY_CHASE, request.id, 1)) === undefined, { description: 'the chase disarmed' });

    clock.advance(30 * 24 * HOUR);
    await svc.app.get(WakeUps).sweepNow();
    expect([(await chase(request, 1)).kind, (await chase(request, 2)).kind]).toEqual(['NOOP', 'NOOP']);
    expect([...(await reminders(request)), ...(await escalations(request))]).toEqual([]);
    expect((await call('POST', `/v1/placing-authority-requests/${request.id}/reply`, cmo.auth, reply)).status).toBe(409);
  });

  it('given a chase due, when its wake-up is handled twice at once, then the CMO is reminded once', async () => {
    const request = await ask(await openTask());
    const job = await chaseJob(request, 1);
    clock.set(Date.parse(request.nextChaseAt ?? '') + 1_000);
    const results = await Promise.all([chase(request, 1), chase(request, 1)]);
    expect(results.map((r) => r.kind).sort()).toEqual(['NOOP', 'REMINDED']);
    await svc.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await job.getState()) === 'completed', { description: 'the chase job to complete' });
    expect(await reminders(request)).toHaveLength(1);
  });

  it('given a reminder whose effect committed when the worker died, when another worker takes the stalled job, then the CMO is reminded once', async () => {
    const request = await ask(await openTask());
    const job = await chaseJob(request, 1);
    const chaser = svc.app.get(ChaseReply);
    const real = chaser.execute.bind(chaser);
    let committed!: () => void;
    const effectCommitted = new Promise<void>((resolve) => (committed = resolve));
    // The process "dies" right after the transaction commits: the job never completes.
    jest.spyOn(chaser, 'execute').mockImplementationOnce(async (command) => {
      await real(command);
      committed();
      return new Promise(() => undefined);
    });
    clock.set(Date.parse(request.nextChaseAt ?? '') + 1_000);
    await job.promote();
    await effectCommitted;
    const processor = svc.app.get(ReplyChaseProcessor);
    await processor.worker?.close(true); // killed: no completion, no lock renewal
    processor.start(); // a new worker, as after a restart

    await waitFor(async () => (await job.getState()) === 'completed', { timeoutMs: 20_000, description: 'the stalled chase to be re-run by the new worker' });
    expect((await wakeUpJob(svc.app, PLACING_AUTHORITY_REPLY_CHASE, request.id, 1))?.attemptsStarted).toBeGreaterThanOrEqual(2);
    expect(await reminders(request)).toHaveLength(1);
  });

  it('given bad input, a read-only officer or an unknown id, then 400 naming the field, 403 or 404, and nothing is stored', async () => {
    const task = await openTask();
    const path = `/v1/tasks/${task.id}/placing-authority-requests`;
    const future = new Date(clock.now().getTime() + HOUR).toISOString();
    expect((await call('POST', path, (await newOfficer(svc.app, 'READ_ONLY')).auth, asking())).status).toBe(403);
    const bad = await call('POST', path, cmo.auth, { ...asking(), placingAuthority: '  ', contactEmail: 'not an address', extra: 1 });
    expect(bad.status).toBe(400);
    expect(await problemFields(bad)).toEqual(['contactEmail', 'extra', 'placingAuthority']);
    const later = await call('POST', path, cmo.auth, { ...asking(), askedAt: future });
    expect(later.status).toBe(400);
    expect(await problemFields(later)).toEqual(['askedAt']);
    expect(await db().query(`SELECT id FROM placing_authority_requests WHERE task_id = $1`, [task.id])).toEqual([]);
    expect((await call('GET', `/v1/tasks/00000000-0000-4000-8000-000000000000/placing-authority-requests`, cmo.auth)).status).toBe(404);

    const request = await ask(task);
    const replyPath = `/v1/placing-authority-requests/${request.id}/reply`;
    const badReply = await call('POST', replyPath, cmo.auth, { receivedAt: 'yesterday', riskAssessment: 'yes', riskManagementPlan: false });
    expect(badReply.status).toBe(400);
    expect(await problemFields(badReply)).toEqual(['receivedAt', 'riskAssessment']);
    const early = await call('POST', replyPath, cmo.auth, { receivedAt: new Date(clock.now().getTime() - HOUR).toISOString(), riskAssessment: true, riskManagementPlan: true });
    expect(await problemFields(early)).toEqual(['receivedAt']);
    expect((await call('POST', `/v1/placing-authority-requests/00000000-0000-4000-8000-000000000000/reply`, cmo.auth, { receivedAt: clock.now().toISOString(), riskAssessment: true, riskManagementPlan: true })).status).toBe(404);
    expect((await requestsOf(task)).map((r) => r.reply)).toEqual([null]);
    expect(await pendingWakeUps(request)).toEqual([{ version: '1' }]);
  });
});
