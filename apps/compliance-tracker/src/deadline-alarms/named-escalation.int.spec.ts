import { Clock, LeaveChangedV1, OfficerChangedV1, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { CreateOfficer, CreateOfficerCommand } from '../staff-auth/create-officer';
import { DisableOfficer, DisableOfficerCommand } from '../staff-auth/disable-officer';
import { newOfficer, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { DeadlineStep, deadlineStepKind } from './deadline-steps';

const HOUR = 3_600_000;

describe('compliance-tracker: the escalation ladder names real people', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  const manager = (username: string, ladderRole?: string) =>
    svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username, role: 'MANAGER', displayName: username.replace('.', ' '), key: 'none', ladderRole }));
  const officerEvents = async (username: string) =>
    ((await svc.app.get(DataSource).query(`SELECT payload FROM outbox WHERE topic = $1 ORDER BY id`, [Topics.officerChanged])) as { payload: { data: OfficerChangedV1 } }[])
      .map((r) => r.payload.data)
      .filter((d) => d.username === username);

  async function openReturnInterview(): Promise<TaskRow> {
    const decision = returnInterviewDecision(clock.now());
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the RHI task' });
    return task;
  }

  async function fire(task: TaskRow, step: DeadlineStep, at: number): Promise<void> {
    const job = await waitFor(() => wakeUpJob(svc.app, deadlineStepKind(step), task.id, task.deadline_version), { description: `the ${step} alarm` });
    clock.set(at);
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: `the ${step} alarm to complete` });
  }

  it('given a team manager and a service manager in the directory, when a claimed task passes its deadline, then the reminder names its holder and each escalation names the manager on its rung', async () => {
    const first = await manager('jordan.lee', 'TEAM_MANAGER');
    expect(first.ladderRole).toBe('TEAM_MANAGER');
    await manager('alex.rahman', 'SERVICE_MANAGER');
    // A new team manager takes the rung: the old one is announced without it.
    await manager('sam.okafor', 'TEAM_MANAGER');
    expect((await officerEvents('jordan.lee')).map((e) => e.ladderRole)).toEqual(['TEAM_MANAGER', null]);
    expect((await officerEvents('sam.okafor')).at(-1)).toMatchObject({ username: 'sam.okafor', displayName: 'sam okafor', role: 'MANAGER', ladderRole: 'TEAM_MANAGER', disabled: false });

    const cmo = await newOfficer(svc.app, 'CMO');
    const task = await openReturnInterview();
    await fetch(`${svc.url}/v1/tasks/${task.id}/claim`, { method: 'POST', headers: { authorization: cmo.auth } });
    const due = task.due_at.getTime();
    await fire(task, 'reminder', due - 24 * HOUR + 1_000);
    await fire(task, 'escalation-1', due + 24 * HOUR + 1_000);
    await fire(task, 'escalation-2', due + 48 * HOUR + 1_000);

    const [reminder] = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskReminderDue, task.id);
    expect(reminder).toMatchObject({ notifyRole: 'CHILDREN_MISSING_OFFICER', notifyOfficer: cmo.username });
    const escalations = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, task.id);
    expect(escalations.map((e) => [e.escalationLevel, e.notifyRole, e.notifyOfficer])).toEqual([
      [1, 'TEAM_MANAGER', 'sam.okafor'],
      [2, 'SERVICE_MANAGER', 'alex.rahman'],
    ]);

    const ladder = await (await fetch(`${svc.url}/v1/officers/escalation-ladder`, { headers: { authorization: cmo.auth } })).json();
    expect(ladder).toEqual([
      { ladderRole: 'TEAM_MANAGER', username: 'sam.okafor', displayName: 'sam okafor', onLeaveNow: false, cover: null },
      { ladderRole: 'SERVICE_MANAGER', username: 'alex.rahman', displayName: 'alex rahman', onLeaveNow: false, cover: null },
    ]);
  });

  it('given the team manager disabled, then the rung is empty: the next escalation names nobody, and the role still hears', async () => {
    await svc.app.get(DisableOfficer).execute(DisableOfficerCommand.create({ username: 'sam.okafor', clock }));
    expect((await officerEvents('sam.okafor')).at(-1)).toMatchObject({ ladderRole: null, disabled: true });
    const task = await openReturnInterview();
    await fire(task, 'escalation-1', task.due_at.getTime() + 24 * HOUR + 1_000);
    const [escalation] = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, task.id);
    expect(escalation.notifyRole).toBe('TEAM_MANAGER');
    expect(escalation).not.toHaveProperty('notifyOfficer');
  });

  it('given a CMO records their own leave and a manager cancels it, then each is announced as the leave now stands', async () => {
    const cmo = await newOfficer(svc.app, 'CMO');
    const cover = await newOfficer(svc.app, 'CMO');
    const boss = await newOfficer(svc.app, 'MANAGER');
    const startsAt = new Date(clock.now().getTime() + HOUR).toISOString();
    const endsAt = new Date(clock.now().getTime() + 48 * HOUR).toISOString();
    const res = await fetch(`${svc.url}/v1/leave`, { method: 'POST', headers: { authorization: cmo.auth, 'content-type': 'application/json' }, body: JSON.stringify({ officer: cmo.username, startsAt, endsAt, cover: cover.username }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const seen = (await fetch(`${svc.url}/v1/leave?officer=${cmo.username}`, { headers: { authorization: boss.auth } }).then((r) => r.json())) as { items: { id: string }[] };
    expect(seen.items.map((l) => l.id)).toEqual([id]);
    expect((await fetch(`${svc.url}/v1/leave/${id}/cancel`, { method: 'POST', headers: { authorization: boss.auth } })).status).toBe(200);

    const events = await outboxEvents<LeaveChangedV1>(svc.app, Topics.leaveChanged, id);
    expect(events).toEqual([
      { leaveId: id, officer: cmo.username, cover: cover.username, startsAt, endsAt, cancelled: false, changedAt: clock.now().toISOString() },
      { leaveId: id, officer: cmo.username, cover: cover.username, startsAt, endsAt, cancelled: true, changedAt: clock.now().toISOString() },
    ]);
  });
});
