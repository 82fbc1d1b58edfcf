import { Clock, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { WakeUps } from '@homeward/platform';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { officerAuth, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { FireDeadlineStep, FireDeadlineStepCommand } from './fire-deadline-step';

const HOUR = 3_600_000;

describe('compliance-tracker: a task nobody claims', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, {
      overrides: [{ provide: Clock, useValue: clock }],
      env: { UNCLAIMED_ALERT_AFTER_HOURS: '2', WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) },
    });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  async function openTask(): Promise<TaskRow & { setAt: number }> {
    const setAt = clock.now().getTime();
    const decision = returnInterviewDecision(clock.now());
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the RHI task' });
    return { ...task, setAt };
  }

  /** Wakes the task's unclaimed alarm `UNCLAIMED_ALERT_AFTER_HOURS` after it was set, then delivers it again and sweeps. */
  async function unclaimedAlarmComesDue(task: TaskRow & { setAt: number }): Promise<void> {
    const job = await waitFor(() => wakeUpJob(svc.app, 'deadline-unclaimed', task.id, 1), { description: 'the unclaimed alarm' });
    expect(await job.getState()).toBe('delayed');
    clock.set(task.setAt + 2 * HOUR + 1_000);
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: 'the unclaimed alarm to complete' });
    await svc.app.get(FireDeadlineStep).execute(FireDeadlineStepCommand.create({ taskId: task.id, deadlineVersion: 1, step: 'unclaimed', actor: 'test' }));
    await svc.app.get(WakeUps).sweepNow();
  }

  it('given an open task nobody claims, when the unclaimed alarm comes due and is delivered twice, then one task-unclaimed event tells the team manager', async () => {
    const task = await openTask();
    await unclaimedAlarmComesDue(task);

    const events = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskUnclaimed, task.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ taskId: task.id, assignee: null, notifyRole: 'TEAM_MANAGER', dueAt: task.due_at.toISOString() });
  });

  it('given a task claimed in time, when the unclaimed alarm comes due, then nothing is published and the step is recorded as skipped', async () => {
    const task = await openTask();
    const res = await fetch(`${svc.url}/v1/tasks/${task.id}/claim`, { method: 'POST', headers: { authorization: await officerAuth(svc.app, 'CMO') } });
    expect(res.status).toBe(200);
    await unclaimedAlarmComesDue(task);

    expect(await outboxEvents(svc.app, Topics.taskUnclaimed, task.id)).toHaveLength(0);
    const [step] = await svc.app.get(DataSource).query(`SELECT result FROM task_deadline_steps WHERE task_id = $1 AND step = 'unclaimed'`, [task.id]);
    expect(step.result).toBe('SKIPPED');
  });
});
