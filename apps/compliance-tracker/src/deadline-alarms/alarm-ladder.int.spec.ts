import { Clock, DecisionMadeV1, TaskDeadlineEventV1, Topics } from '@homeward/contracts';
import { decide, DEFAULT_PROFILE, DecisionInput } from '@homeward/protocol';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { outboxEvents, tasksOf, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { deadlineStepKind } from './deadline-steps';

const HOUR = 3_600_000;
const REPORTED_AT = '2025-10-01T10:00:00.000Z';

/** The protocol's decision on a child reported missing at HIGH risk, as protocol-engine publishes it. */
async function highRiskDecision(): Promise<DecisionMadeV1> {
  const episodeId = randomUUID();
  const policeReference = `NT/${episodeId.slice(0, 8)}`;
  const input: DecisionInput = {
    now: REPORTED_AT,
    homeAuthority: 'NOTTS',
    child: { dateOfBirth: '2013-05-02' },
    trigger: { kind: 'NOTIFICATION', type: 'MISSING_REPORTED', occurredAt: REPORTED_AT },
    episode: {
      episodeId,
      policeReference,
      force: 'NOTTINGHAMSHIRE',
      missingSince: REPORTED_AT,
      foundAt: null,
      riskLevel: 'HIGH',
      vulnerabilities: [],
      careStatus: 'NOT_KNOWN',
      responsibleAuthority: null,
      placementNoticeOnRecord: false,
    },
    otherEpisodes: [],
    alreadyRequested: [],
  };
  const out = await decide(DEFAULT_PROFILE, input);
  return {
    decisionId: randomUUID(),
    force: 'NOTTINGHAMSHIRE',
    childId: randomUUID(),
    episodeId,
    policeReference,
    riskLevel: out.effectiveRisk,
    protocolVersion: out.protocolVersion,
    decidedAt: REPORTED_AT,
    requiredActions: out.requiredActions,
    firedRules: out.firedRules,
    alerts: out.alerts,
  };
}

describe("compliance-tracker: a task's reminder and escalation intervals come from the protocol, per task type", () => {
  let env: TestEnvironment;
  let svc: RunningService;
  const clock = new FakeClock(REPORTED_AT);

  beforeAll(async () => {
    env = await createTestEnvironment();
    // The tracker's own defaults (24 h before, 24 h and 48 h after) would leave a manager a day behind.
    svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }], env: { WAKE_UP_SWEEP_INTERVAL_MS: String(24 * HOUR) } });
  });

  afterAll(async () => {
    await svc?.close();
    await env?.dispose();
  });

  it('given a HIGH-risk report, when the 24-hour strategy discussion is set, then it is reminded 4 h before, and the team and service managers hear 1 h and 4 h after the deadline', async () => {
    const decision = await highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const tasks = await waitFor(() => tasksOf(svc.app, decision.policeReference).then((t) => (t.length > 0 ? t : null)), { timeoutMs: 30_000, description: 'the strategy discussion' });
    const [{ id: taskId, due_at: dueAt }] = (await svc.app.get(DataSource).query(`SELECT id, due_at FROM tasks WHERE id = ANY($1) AND type = 'STRATEGY_DISCUSSION'`, [tasks.map((t) => t.id)])) as { id: string; due_at: Date }[];
    expect(dueAt.toISOString()).toBe('2025-10-02T10:00:00.000Z');

    const steps = (await svc.app.get(DataSource).query(`SELECT step, due_at FROM task_deadline_steps WHERE task_id = $1 ORDER BY due_at`, [taskId])) as { step: string; due_at: Date }[];
    expect(steps.map((s) => [s.step, s.due_at.toISOString()])).toEqual([
      ['unclaimed', '2025-10-01T11:00:00.000Z'],
      ['reminder', '2025-10-02T06:00:00.000Z'],
      ['overdue', '2025-10-02T10:00:00.000Z'],
      ['escalation-1', '2025-10-02T11:00:00.000Z'],
      ['escalation-2', '2025-10-02T14:00:00.000Z'],
    ]);

    // An hour and a second past the deadline, by the injected clock: the team manager hears.
    const job = await waitFor(() => wakeUpJob(svc.app, deadlineStepKind('escalation-1'), taskId, 1), { description: 'the first escalation' });
    clock.set(Date.parse('2025-10-02T11:00:01.000Z'));
    await job.promote();
    const [escalation] = await waitFor(async () => {
      const found = await outboxEvents<TaskDeadlineEventV1>(svc.app, Topics.taskEscalated, taskId);
      return found.length > 0 ? found : null;
    }, { description: 'the escalation event' });
    expect(escalation).toMatchObject({ taskType: 'STRATEGY_DISCUSSION', escalationLevel: 1, notifyRole: 'TEAM_MANAGER' });
  });
});
