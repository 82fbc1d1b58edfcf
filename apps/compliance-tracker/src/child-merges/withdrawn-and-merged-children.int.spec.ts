import { ChildrenMergedV1, Clock, DecisionMadeV1, TaskClosedV1, Topics } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { officerAuth, outboxEvents, returnInterviewDecision, TaskRow, tasksOf, armedWakeUp, wakeUpJob } from '../../test-support/compliance-test-fixtures';
import { FollowChildMerge } from './follow-child-merge';

describe("compliance-tracker: a police report withdrawn, and two records of one child merged", () => {
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

  const db = () => svc.app.get(DataSource);
  async function taskFor(decision: DecisionMadeV1): Promise<TaskRow> {
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    return waitFor(async () => (await tasksOf(svc.app, decision.policeReference))[0], { timeoutMs: 30_000, description: `the task of ${decision.policeReference}` });
  }
  const merged = (m: Partial<ChildrenMergedV1> & Pick<ChildrenMergedV1, 'survivorChildId' | 'mergedChildId'>) =>
    testEnvelope('protocol.children-merged', { mergeId: randomUUID(), mergedAt: clock.now().toISOString(), ...m }, 'protocol-engine');
  const childOfTasks = async (ids: string[]) => (await db().query(`SELECT DISTINCT child_id FROM tasks WHERE id = ANY($1)`, [ids])).map((r: { child_id: string }) => r.child_id);

  it("given the police withdraw an episode's report, delivered twice, its open task is cancelled once with the reason in its history, its deadline wake-ups gone", async () => {
    const rhi = returnInterviewDecision(new Date('2025-10-01T08:00:00Z'));
    const task = await taskFor(rhi);
    await armedWakeUp(svc.app, 'deadline-overdue', task.id, 1);

    const withdrawal: DecisionMadeV1 = {
      ...rhi,
      decisionId: randomUUID(),
      requiredActions: [],
      firedRules: [{ ruleId: 'report-withdrawn', reason: 'withdrawn' }],
      withdrawn: { reason: 'MADE_IN_ERROR', withdrawnAt: '2025-10-01T09:00:00.000Z' },
    };
    const envelope = testEnvelope('protocol.decision-made', withdrawal);
    await env.publish(Topics.decisionMade, envelope, rhi.childId);
    await env.publish(Topics.decisionMade, envelope, rhi.childId);
    await waitFor(async () => (await tasksOf(svc.app, rhi.policeReference))[0].status === 'CANCELLED', { timeoutMs: 30_000, description: 'the task cancelled' });
    // A later decision on the same key proves both copies were consumed before counting.
    const marker = { ...returnInterviewDecision(clock.now()), childId: rhi.childId };
    await taskFor(marker);

    expect((await outboxEvents<TaskClosedV1>(svc.app, Topics.taskClosed, task.id)).map((e) => e.outcome)).toEqual(['CANCELLED']);
    expect(await wakeUpJob(svc.app, 'deadline-overdue', task.id, 1)).toBeUndefined();
    const history = (await (await fetch(`${svc.url}/v1/tasks/${task.id}/history`, { headers: { authorization: await officerAuth(svc.app, 'READ_ONLY') } })).json()) as Record<string, unknown>[];
    expect(history.filter((h) => h.action === 'CANCELLED')).toEqual([
      expect.objectContaining({ actor: 'police', toStatus: 'CANCELLED', details: expect.objectContaining({ reason: 'REPORT_MADE_IN_ERROR', policeReason: 'MADE_IN_ERROR', decisionId: withdrawal.decisionId }) }),
    ]);
  });

  it("given a merge delivered twice, the merged record's tasks are the survivor's, found by its id, and a decision about the merged id still in flight lands on the survivor", async () => {
    const [survivor, mergedId] = [randomUUID(), randomUUID()];
    const tasks = [await taskFor({ ...returnInterviewDecision(clock.now()), childId: mergedId }), await taskFor({ ...returnInterviewDecision(clock.now()), childId: survivor })];
    const envelope = merged({ survivorChildId: survivor, mergedChildId: mergedId });
    await env.publish(Topics.childrenMerged, envelope, survivor);
    await env.publish(Topics.childrenMerged, envelope, survivor);
    await waitFor(async () => (await childOfTasks(tasks.map((t) => t.id))).length === 1, { timeoutMs: 30_000, description: 'the tasks on the survivor' });
    expect(await childOfTasks(tasks.map((t) => t.id))).toEqual([survivor]);
    const history = (await (await fetch(`${svc.url}/v1/tasks/${tasks[0].id}/history`, { headers: { authorization: await officerAuth(svc.app, 'READ_ONLY') } })).json()) as Record<string, unknown>[];
    expect(history.filter((h) => h.action === 'CHILD_MERGED')).toEqual([
      expect.objectContaining({ actor: 'protocol', details: expect.objectContaining({ mergeId: envelope.data.mergeId, mergedChildId: mergedId, survivorChildId: survivor }) }),
    ]);

    const late = await taskFor({ ...returnInterviewDecision(clock.now()), childId: mergedId });
    expect(await childOfTasks([late.id])).toEqual([survivor]);
    const res = await fetch(`${svc.url}/v1/tasks?childId=${survivor}`, { headers: { authorization: await officerAuth(svc.app, 'READ_ONLY') } });
    expect(((await res.json()) as { items: { id: string }[] }).items.map((t) => t.id).sort()).toEqual([...tasks.map((t) => t.id), late.id].sort());
  });

  it('given the merge consumer dies after its transaction commits, the redelivered merge has one effect', async () => {
    const [survivor, mergedId, earlierId] = [randomUUID(), randomUUID(), randomUUID()];
    const follow = svc.app.get(FollowChildMerge);
    const real = follow.execute.bind(follow);
    const envelope = merged({ survivorChildId: survivor, mergedChildId: mergedId });
    let attempts = 0;
    const spy = jest.spyOn(follow, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === envelope.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      // A record merged into `mergedId` before now follows it to the survivor.
      await env.publish(Topics.childrenMerged, merged({ survivorChildId: mergedId, mergedChildId: earlierId }), mergedId);
      await waitFor(async () => (await db().query(`SELECT 1 FROM child_merges WHERE merged_child_id = $1`, [earlierId])).length === 1, { timeoutMs: 30_000, description: 'the earlier merge' });
      await env.publish(Topics.childrenMerged, envelope, survivor);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    const rows = await db().query(`SELECT merged_child_id, survivor_child_id FROM child_merges WHERE survivor_child_id = $1 ORDER BY merged_child_id`, [survivor]);
    expect(rows).toEqual([mergedId, earlierId].sort().map((m) => ({ merged_child_id: m, survivor_child_id: survivor })));
    expect(await db().query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 1 }]);
  });
});
