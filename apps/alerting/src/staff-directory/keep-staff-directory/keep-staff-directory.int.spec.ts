import { Clock, EventEnvelope, LeaveChangedV1, OfficerChangedV1, Topics } from '@homeward/contracts';
import { WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { alertingClient } from '../../../test-support/alerting-client';
import { highRiskDecision, taskDeadlineEvent } from '../../../test-support/fixtures';
import { KeepStaffDirectory } from './keep-staff-directory.usecase';

jest.setTimeout(60_000);

const ACK_TIMEOUT_SECONDS = 600;
const NOW = '2025-10-06T09:00:00.000Z';

describe("alerting: alerts name their addressee from compliance-tracker's staff directory, and go to the cover of whoever is on leave", () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  let client: ReturnType<typeof alertingClient>;
  const clock = new FakeClock(NOW);

  beforeAll(async () => {
    env = await createTestEnvironment({ HIGH_RISK_ACK_TIMEOUT_SECONDS: String(ACK_TIMEOUT_SECONDS) });
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
    client = alertingClient(alerting.url, staffToken({ staffId: 'test.manager', role: 'MANAGER' }));
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const db = () => alerting.app.get(DataSource);
  const officer = (username: string, displayName: string, extra: Partial<OfficerChangedV1> = {}): EventEnvelope =>
    testEnvelope('compliance.officer-changed', { username, displayName, role: 'MANAGER', ladderRole: null, disabled: false, changedAt: clock.now().toISOString(), ...extra }, 'compliance-tracker');
  const leave = (data: Partial<LeaveChangedV1> & Pick<LeaveChangedV1, 'officer'>): EventEnvelope =>
    testEnvelope(
      'compliance.leave-changed',
      { leaveId: randomUUID(), cover: null, startsAt: '2025-10-01T00:00:00.000Z', endsAt: '2025-10-20T00:00:00.000Z', cancelled: false, changedAt: clock.now().toISOString(), ...data },
      'compliance-tracker',
    );
  const publish = (topic: string, envelope: EventEnvelope) => env.publish(topic, envelope, (envelope.data as { leaveId?: string; username?: string }).leaveId ?? randomUUID());
  const kept = (messageId: string) => waitFor(async () => ((await db().query(`SELECT 1 FROM inbox WHERE message_id = $1`, [messageId])) as unknown[]).length === 1, { timeoutMs: 30_000, description: `directory change ${messageId}` });
  const alertsOf = (policeReference: string, n: number) =>
    waitFor(async () => {
      const found = await client.feed({ policeReference });
      return found.length >= n ? found : null;
    }, { timeoutMs: 30_000, description: `${n} alerts for ${policeReference}` });

  beforeAll(async () => {
    const changes: [string, EventEnvelope][] = [
      [Topics.officerChanged, officer('jordan.lee', 'Jordan Lee', { ladderRole: 'TEAM_MANAGER' })],
      [Topics.officerChanged, officer('alex.rahman', 'Alex Rahman', { ladderRole: 'SERVICE_MANAGER' })],
      [Topics.officerChanged, officer('rowan.patel', 'Rowan Patel', { role: 'CMO' })],
      [Topics.officerChanged, officer('casey.morgan', 'Casey Morgan', { role: 'CMO' })],
    ];
    for (const [topic, envelope] of changes) await publish(topic, envelope);
    for (const [, envelope] of changes) await kept(envelope.id);
  });

  it('given the team manager and the service manager in the directory, when a task escalates to each, then each alert names them as well as their role', async () => {
    const task = taskDeadlineEvent({ escalationLevel: 1, notifyRole: 'TEAM_MANAGER', notifyOfficer: 'jordan.lee' });
    await env.publish(Topics.taskEscalated, testEnvelope('compliance.task-escalated', task), task.childId);
    const second = taskDeadlineEvent({ childId: task.childId, policeReference: task.policeReference, escalationLevel: 2, notifyRole: 'SERVICE_MANAGER' });
    await env.publish(Topics.taskEscalated, testEnvelope('compliance.task-escalated', second), task.childId);
    const alerts = await alertsOf(task.policeReference, 2);
    expect(alerts.map((a) => [a.recipient, a.addressee]).sort()).toEqual([
      ['SERVICE_MANAGER', { username: 'alex.rahman', displayName: 'Alex Rahman' }],
      ['TEAM_MANAGER', { username: 'jordan.lee', displayName: 'Jordan Lee' }],
    ]);
  });

  it('given the team manager on leave with a cover, when a task escalates and when a HIGH-risk alert goes unacknowledged, then both name the cover, covering for them', async () => {
    const away = leave({ officer: 'jordan.lee', cover: 'rowan.patel' });
    await publish(Topics.leaveChanged, away);
    await kept(away.id);

    const task = taskDeadlineEvent({ escalationLevel: 1, notifyRole: 'TEAM_MANAGER', notifyOfficer: 'jordan.lee' });
    await env.publish(Topics.taskEscalated, testEnvelope('compliance.task-escalated', task), task.childId);
    const [escalated] = await alertsOf(task.policeReference, 1);
    const covered = { username: 'rowan.patel', displayName: 'Rowan Patel', coveringFor: { username: 'jordan.lee', displayName: 'Jordan Lee' } };
    expect(escalated).toMatchObject({ kind: 'TASK_ESCALATED', recipient: 'TEAM_MANAGER', addressee: covered });

    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    await alertsOf(decision.policeReference, 1);
    clock.advance((ACK_TIMEOUT_SECONDS + 1) * 1_000);
    await alerting.app.get(WakeUps).sweepNow();
    const unacknowledged = await waitFor(async () => {
      const found = await client.feed({ policeReference: decision.policeReference, kind: 'HIGH_RISK_UNACKNOWLEDGED', recipient: 'TEAM_MANAGER' });
      return found.length > 0 ? found : null;
    }, { timeoutMs: 30_000, description: 'the escalation of the unacknowledged alert' });
    expect(unacknowledged[0].addressee).toEqual(covered);

    // The leave cancelled: the team manager is named again.
    await publish(Topics.leaveChanged, { ...away, id: randomUUID(), data: { ...(away.data as LeaveChangedV1), cancelled: true, changedAt: clock.now().toISOString() } });
    const later = taskDeadlineEvent({ escalationLevel: 1, notifyRole: 'TEAM_MANAGER', notifyOfficer: 'jordan.lee' });
    await waitFor(async () => ((await db().query(`SELECT cancelled FROM staff_leave WHERE leave_id = $1`, [(away.data as LeaveChangedV1).leaveId])) as { cancelled: boolean }[])[0].cancelled, { description: 'the cancellation kept' });
    await env.publish(Topics.taskEscalated, testEnvelope('compliance.task-escalated', later), later.childId);
    expect((await alertsOf(later.policeReference, 1))[0].addressee).toEqual({ username: 'jordan.lee', displayName: 'Jordan Lee' });
  });

  it("given a CMO's own subscription while they are on leave, then the alert goes to the cover, and a leave without cover names them and until when", async () => {
    await client.subscribe({ kind: 'TASK_REMINDER', recipient: { type: 'PERSON', id: 'casey.morgan' }, channels: [{ type: 'FEED' }] });
    const caseyAway = leave({ officer: 'casey.morgan', cover: 'rowan.patel' });
    await publish(Topics.leaveChanged, caseyAway);
    await kept(caseyAway.id);
    const reminder = taskDeadlineEvent({ notifyRole: 'CHILDREN_MISSING_OFFICER' });
    await env.publish(Topics.taskReminderDue, testEnvelope('compliance.task-reminder-due', reminder), reminder.childId);
    const alerts = await alertsOf(reminder.policeReference, 2);
    expect(alerts.find((a) => a.recipient.startsWith('person:'))).toMatchObject({
      recipient: 'person:rowan.patel',
      addressee: { username: 'rowan.patel', displayName: 'Rowan Patel', coveringFor: { username: 'casey.morgan', displayName: 'Casey Morgan' } },
    });

    const alexAway = leave({ officer: 'alex.rahman', endsAt: '2025-12-01T00:00:00.000Z' });
    await publish(Topics.leaveChanged, alexAway);
    await kept(alexAway.id);
    const task = taskDeadlineEvent({ escalationLevel: 2, notifyRole: 'SERVICE_MANAGER', notifyOfficer: 'alex.rahman' });
    await env.publish(Topics.taskEscalated, testEnvelope('compliance.task-escalated', task), task.childId);
    expect((await alertsOf(task.policeReference, 1))[0].addressee).toEqual({ username: 'alex.rahman', displayName: 'Alex Rahman', awayUntil: '2025-12-01T00:00:00.000Z' });
  });

  it('given the same change twice, and a late older change, then it is kept once and the newer one stands', async () => {
    const renamed = officer('pat.quinn', 'Pat Quinn', { changedAt: '2025-10-06T10:00:00.000Z' });
    await publish(Topics.officerChanged, renamed);
    await publish(Topics.officerChanged, renamed);
    const older = officer('pat.quinn', 'Pat Old-Name', { changedAt: '2025-10-06T08:00:00.000Z' });
    await publish(Topics.officerChanged, older);
    await kept(older.id);
    await kept(renamed.id);
    expect(await db().query(`SELECT display_name FROM staff_directory WHERE username = 'pat.quinn'`)).toEqual([{ display_name: 'Pat Quinn' }]);
    expect(await db().query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [renamed.id])).toEqual([{ n: 1 }]);
  });

  it('given the consumer dies after its transaction commits, the redelivered change has one effect', async () => {
    const keep = alerting.app.get(KeepStaffDirectory);
    const real = keep.execute.bind(keep);
    const envelope = leave({ officer: 'pat.quinn', cover: 'rowan.patel' });
    let attempts = 0;
    const spy = jest.spyOn(keep, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === envelope.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      await publish(Topics.leaveChanged, envelope);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    expect(await db().query(`SELECT officer, cover FROM staff_leave WHERE leave_id = $1`, [(envelope.data as LeaveChangedV1).leaveId])).toEqual([{ officer: 'pat.quinn', cover: 'rowan.patel' }]);
    expect(await db().query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 1 }]);
  });
});
