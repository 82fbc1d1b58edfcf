import { wakeUpSweepQueue } from '@homeward/platform';
import { Clock, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor, flushQueuePrefix } from '@homeward/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { outboxEvents, returnInterviewDecision, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { DeadlineStep, deadlineStepKind } from './deadline-steps';

const HOUR = 3_600_000;
/** The platform's wake-up sweep, through its own queue and worker. */
const SWEEP_QUEUE = wakeUpSweepQueue('compliance-tracker');

describe('compliance-tracker: the deadline sweep after Redis loses everything', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: '300' } });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  /** Resolves once `n` more sweeps have completed, so "nothing more happened" is observed, not assumed. */
  async function sweeps(n: number): Promise<void> {
    const sweepQueue = new Queue(SWEEP_QUEUE, { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
    try {
      const done = async () => (await sweepQueue.getJobCounts('completed')).completed;
      const target = (await done()) + n;
      await waitFor(async () => (await done()) >= target, { timeoutMs: 15_000, description: `${n} more sweeps` });
    } finally {
      await sweepQueue.close();
    }
  }

  it('given an overdue task whose alarms Redis lost, when the sweep runs, then it restores every alarm and the task escalates once per step', async () => {
    const decision = returnInterviewDecision(clock.now());
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const [task] = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length === 1 ? t : null)), { timeoutMs: 30_000, description: 'the RHI task' });
    const jobOf = (step: DeadlineStep) => wakeUpJob(svc.app, deadlineStepKind(step), task.id, 1);
    await waitFor(() => jobOf('escalation-2'), { description: 'alarms set at creation' });

    expect(await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX)).toBeGreaterThan(0);
    expect(await jobOf('escalation-2')).toBeUndefined();
    // Past the deadline and the team-manager step, before the service-manager step.
    clock.set(task.due_at.getTime() + 25 * HOUR);

    await waitFor(async () => (await outboxEvents(svc.app, Topics.taskEscalated, task.id)).length === 1, { timeoutMs: 15_000, description: 'the team-manager escalation' });
    const restored = await waitFor(() => jobOf('escalation-2'), { description: 'the service-manager alarm restored' });
    expect(await restored.getState()).toBe('delayed');

    clock.set(task.due_at.getTime() + 49 * HOUR);
    await waitFor(async () => (await outboxEvents(svc.app, Topics.taskEscalated, task.id)).length === 2, { timeoutMs: 15_000, description: 'the service-manager escalation' });
    await sweeps(3);

    const escalations = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, task.id);
    expect(escalations.map((e) => e.escalationLevel)).toEqual([1, 2]);
    expect(await outboxEvents(svc.app, Topics.taskOverdue, task.id)).toHaveLength(1);
    // Found only after the deadline had passed, the reminder is recorded as skipped, not sent.
    expect(await outboxEvents(svc.app, Topics.taskReminderDue, task.id)).toHaveLength(0);
    const [reminder] = await svc.app.get(DataSource).query(`SELECT result FROM task_deadline_steps WHERE task_id = $1 AND step = 'reminder'`, [task.id]);
    expect(reminder.result).toBe('SKIPPED');
  });
});
