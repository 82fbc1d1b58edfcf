import { TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { randomUUID } from 'node:crypto';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { AppModule } from '../../app.module';
import { alertingClient } from '../../../test-support/alerting-client';
import { taskDeadlineEvent } from '../../../test-support/fixtures';

jest.setTimeout(60_000);

describe('alerting: raising alerts for task reminders, overdue tasks and escalations', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  let client: ReturnType<typeof alertingClient>;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
    client = alertingClient(alerting.url, staffToken({ staffId: 'test.reader', role: 'READ_ONLY' }));
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const publish = (topic: string, task: TaskDeadlineEventV1, envelope = testEnvelope(topic.replace(/\.v1$/, ''), task)) =>
    env.publish(topic, envelope, task.subject?.kind === 'CME_CASE' ? task.subject.childKey : (task.childId ?? undefined));

  it('given an overdue-task event delivered twice, tells the CMO and the team manager once each', async () => {
    const task = taskDeadlineEvent();
    const envelope = testEnvelope('compliance.task-overdue', task);
    await publish(Topics.taskOverdue, task, envelope);
    await publish(Topics.taskOverdue, task, envelope);
    // A later event on the same key proves both copies were consumed before we count.
    const marker = taskDeadlineEvent({ childId: task.childId });
    await publish(Topics.taskOverdue, marker);
    await waitFor(async () => (await client.feed({ policeReference: marker.policeReference })).length === 2, { description: 'marker alerts', timeoutMs: 30_000 });

    const alerts = await client.feed({ policeReference: task.policeReference });
    expect(alerts.map((a) => [a.kind, a.recipient]).sort()).toEqual([
      ['TASK_OVERDUE', 'CHILDREN_MISSING_OFFICER'],
      ['TASK_OVERDUE', 'TEAM_MANAGER'],
    ]);
    expect(alerts[0]).toMatchObject({ taskId: task.taskId, riskLevel: null });
    expect(alerts[0].summary).toContain('return home interview');
  });

  it('given an escalation step naming the service manager, tells the service manager only', async () => {
    const task = taskDeadlineEvent({ escalationLevel: 2, notifyRole: 'SERVICE_MANAGER' });
    await publish(Topics.taskEscalated, task);
    const alerts = await waitFor(async () => {
      const found = await client.feed({ policeReference: task.policeReference });
      return found.length > 0 ? found : null;
    }, { description: 'the escalation alert', timeoutMs: 30_000 });
    expect(alerts.map((a) => [a.kind, a.recipient])).toEqual([['TASK_ESCALATED', 'SERVICE_MANAGER']]);
  });

  it('given a task nobody claimed in time, tells the team manager the event names', async () => {
    const task = taskDeadlineEvent({ notifyRole: 'TEAM_MANAGER' });
    await publish(Topics.taskUnclaimed, task);
    const alerts = await waitFor(async () => {
      const found = await client.feed({ policeReference: task.policeReference });
      return found.length > 0 ? found : null;
    }, { description: 'the unclaimed-task alert', timeoutMs: 30_000 });
    expect(alerts.map((a) => [a.kind, a.recipient])).toEqual([['TASK_UNCLAIMED', 'TEAM_MANAGER']]);
  });

  it('given a reminder, tells the CMO', async () => {
    const task = taskDeadlineEvent({ notifyRole: 'CHILDREN_MISSING_OFFICER' });
    await publish(Topics.taskReminderDue, task);
    const alerts = await waitFor(async () => {
      const found = await client.feed({ policeReference: task.policeReference });
      return found.length > 0 ? found : null;
    }, { description: 'the reminder alert', timeoutMs: 30_000 });
    expect(alerts.map((a) => [a.kind, a.recipient])).toEqual([['TASK_REMINDER', 'CHILDREN_MISSING_OFFICER']]);
  });

  it('given an overdue CME task (no police reference), tells the CMO and the team manager, naming the work and its case', async () => {
    const caseReference = `CME-2026-${String(Date.now() % 1_000_000).padStart(6, '0')}`;
    const task: TaskDeadlineEventV1 = {
      ...taskDeadlineEvent({ taskType: 'CME_ENQUIRIES' }),
      childId: null,
      episodeId: null,
      policeReference: null,
      subject: { kind: 'CME_CASE', caseId: randomUUID(), caseReference, childKey: randomUUID().replace(/-/g, '') },
    };
    await publish(Topics.taskOverdue, task);
    const alerts = await waitFor(async () => {
      const found = await client.feed({ caseReference });
      return found.length === 2 ? found : null;
    }, { description: 'the CME task overdue alerts', timeoutMs: 30_000 });
    expect(alerts.map((a) => a.recipient).sort()).toEqual(['CHILDREN_MISSING_OFFICER', 'TEAM_MANAGER']);
    expect(alerts[0]).toMatchObject({ kind: 'TASK_OVERDUE', taskId: task.taskId, caseReference, policeReference: null, childId: null, episodeId: null });
    expect(alerts[0].summary).toContain(`CME enquiries, due`);
    expect(alerts[0].summary).toContain(`(CME case ${caseReference})`);
  });
});
