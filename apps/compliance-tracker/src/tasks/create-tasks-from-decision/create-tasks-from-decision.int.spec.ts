import { Clock, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { officerAuth, returnInterviewDecision, tasksOf, armedWakeUp } from '../../../test-support/compliance-test-fixtures';

describe('compliance-tracker: tasks from protocol decisions', () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock('2025-10-01T10:00:00Z');

  beforeAll(async () => {
    env = await createTestEnvironment();
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given the same decision delivered twice, then there is one return interview task with one set of alarms, listed by police reference with its deadline', async () => {
    const foundAt = new Date('2025-10-25T23:30:00Z'); // the clocks go back in the next 72 hours
    const decision = returnInterviewDecision(foundAt);
    const envelope = testEnvelope('protocol.decision-made', decision);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    // A later decision on the same key proves both copies were consumed before we count.
    const marker = { ...returnInterviewDecision(foundAt), childId: decision.childId };
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', marker), decision.childId);
    await waitFor(async () => (await tasksOf(svc.app, marker.policeReference)).length === 1, { timeoutMs: 30_000, description: 'the marker task' });

    const tasks = await tasksOf(svc.app, decision.policeReference);
    expect(tasks).toHaveLength(1);
    const steps = await svc.app.get(DataSource).query(`SELECT step FROM task_deadline_steps WHERE task_id = $1 ORDER BY due_at`, [tasks[0].id]);
    expect(steps.map((s: { step: string }) => s.step)).toEqual(['unclaimed', 'reminder', 'overdue', 'escalation-1', 'escalation-2']);
    await armedWakeUp(svc.app, 'deadline-overdue', tasks[0].id, 1);

    const res = await fetch(`${svc.url}/v1/tasks?policeReference=${decision.policeReference}&status=OPEN`, { headers: { authorization: await officerAuth(svc.app, 'READ_ONLY') } });
    const page = (await res.json()) as { items: { type: string; dueAt: string; dueAtLondon: string }[] };
    expect(page.items).toEqual([expect.objectContaining({ type: 'RETURN_INTERVIEW', dueAt: '2025-10-28T23:30:00.000Z', dueAtLondon: expect.stringContaining('2025-10-28T23:30') })]);
  });
});
