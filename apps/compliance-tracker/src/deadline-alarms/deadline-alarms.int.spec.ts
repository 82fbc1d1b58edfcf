import { Clock, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { WakeUps } from '@homeward/platform';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { outboxEvents, returnInterviewDecision, TaskRow, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { DeadlineStep, deadlineStepKind } from './deadline-steps';
import { DeadlineAlarmProcessor, FireDeadlineStep, FireDeadlineStepCommand } from './fire-deadline-step';

const HOUR = 3_600_000;
// The sweep's own schedule stays out of the way here: these tests wake alarms one by one.
const ENV = { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR), ALARM_WORKER_LOCK_MS: '1000', ALARM_WORKER_STALLED_INTERVAL_MS: '500' };

describe('compliance-tracker: deadline alarms', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: ENV });
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

  const alarm = (task: TaskRow, step: DeadlineStep) =>
    waitFor(() => wakeUpJob(svc.app, deadlineStepKind(step), task.id, task.deadline_version), { description: `the ${step} alarm` });

  async function wake(job: Job): Promise<void> {
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'completed', { description: `alarm ${job.id} to complete` });
  }

  it('given an open return interview, when its reminder, overdue and both escalation alarms come due, then each is published once', async () => {
    const task = await openReturnInterview();
    const due = task.due_at.getTime();
    const ladder: [DeadlineStep, number][] = [['reminder', due - 24 * HOUR], ['overdue', due], ['escalation-1', due + 24 * HOUR], ['escalation-2', due + 48 * HOUR]];
    for (const [step, at] of ladder) {
      const job = await alarm(task, step);
      expect(await job.getState()).toBe('delayed');
      expect(job.data).toEqual({ subjectId: task.id, version: 1, correlationId: expect.any(String) }); // ids only
      clock.set(at + 1_000);
      await wake(job);
      // The same wake-up again, from the sweep and from a duplicate job: nothing more.
      await svc.app.get(WakeUps).sweepNow();
      await svc.app.get(FireDeadlineStep).execute(FireDeadlineStepCommand.create({ taskId: task.id, deadlineVersion: 1, step, actor: 'test' }));
    }

    expect(await outboxEvents(svc.app, Topics.taskReminderDue, task.id)).toHaveLength(1);
    expect(await outboxEvents(svc.app, Topics.taskOverdue, task.id)).toHaveLength(1);
    const escalations = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, task.id);
    expect(escalations.map((e) => [e.escalationLevel, e.notifyRole])).toEqual([[1, 'TEAM_MANAGER'], [2, 'SERVICE_MANAGER']]);
  });

  it('given a decision from a replayed history, when its task is created days after the deadline, then the due steps are announced with the task, once, and only future steps get alarms', async () => {
    const decision = returnInterviewDecision(new Date(clock.now().getTime() - 10 * 24 * HOUR));
    const envelope = testEnvelope('protocol.decision-made', decision);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    await env.publish(Topics.decisionMade, envelope, decision.childId); // redelivered
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the late RHI task' });
    await svc.app.get(WakeUps).sweepNow();

    expect(await outboxEvents(svc.app, Topics.taskOverdue, task.id)).toHaveLength(1);
    const escalations = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, task.id);
    expect(escalations.map((e) => [e.escalationLevel, e.notifyRole])).toEqual([[1, 'TEAM_MANAGER'], [2, 'SERVICE_MANAGER']]);
    expect(await outboxEvents(svc.app, Topics.taskReminderDue, task.id)).toHaveLength(0); // it would only repeat the overdue
    // The task is announced before its overdue steps (one partition per child keeps that order).
    const order: { topic: string }[] = await svc.app.get(DataSource).query(`SELECT topic FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [task.id]);
    expect(order.map((o) => o.topic)).toEqual([Topics.taskCreated, Topics.taskOverdue, Topics.taskEscalated, Topics.taskEscalated]);
    const steps: { step: string; result: string | null }[] = await svc.app.get(DataSource).query(
      `SELECT step, result FROM task_deadline_steps WHERE task_id = $1 ORDER BY step`,
      [task.id],
    );
    expect(steps).toEqual([
      { step: 'escalation-1', result: 'FIRED' },
      { step: 'escalation-2', result: 'FIRED' },
      { step: 'overdue', result: 'FIRED' },
      { step: 'unclaimed', result: null },
    ]);
    expect(await wakeUpJob(svc.app, deadlineStepKind('overdue'), task.id, 1)).toBeUndefined();
    expect(await (await alarm(task, 'unclaimed')).getState()).toBe('delayed');
  });

  it('given an escalation whose effect committed when the alarm worker died, when another worker takes the stalled job, then the escalation is published once', async () => {
    const task = await openReturnInterview();
    const job = await alarm(task, 'escalation-1');
    const fire = svc.app.get(FireDeadlineStep);
    const real = fire.execute.bind(fire);
    let committed!: () => void;
    const effectCommitted = new Promise<void>((resolve) => (committed = resolve));
    // The process "dies" right after the transaction commits: the job never completes.
    jest.spyOn(fire, 'execute').mockImplementationOnce(async (command) => {
      await real(command);
      committed();
      return new Promise(() => undefined);
    });
    clock.set(task.due_at.getTime() + 25 * HOUR);
    await job.promote();
    await effectCommitted;
    const processor = svc.app.get(DeadlineAlarmProcessor);
    await processor.workers.get('escalation-1')?.close(true); // killed: no completion, no lock renewal
    processor.start('escalation-1'); // a new worker, as after a restart

    await waitFor(async () => (await job.getState()) === 'completed', { timeoutMs: 20_000, description: 'the stalled alarm to be re-run by the new worker' });
    expect((await wakeUpJob(svc.app, deadlineStepKind('escalation-1'), task.id, 1))?.attemptsStarted).toBeGreaterThanOrEqual(2);
    expect(await outboxEvents(svc.app, Topics.taskEscalated, task.id)).toHaveLength(1);
  });
});
