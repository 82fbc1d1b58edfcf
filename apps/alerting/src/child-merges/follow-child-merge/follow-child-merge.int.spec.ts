import { Topics } from '@homeward/contracts';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { highRiskDecision } from '../../../test-support/fixtures';
import { FollowChildMerge } from './follow-child-merge.usecase';

jest.setTimeout(60_000);

const READER = { authorization: `Bearer ${staffToken({ staffId: 'test.reader', role: 'READ_ONLY' })}` };

describe("alerting: two records of one child merged, the merged record's alerts are the survivor's", () => {
  let env: TestEnvironment;
  let alerting: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const byChild = async (childId: string) =>
    (await (await fetch(`${alerting.url}/v1/alerts?childId=${childId}`, { headers: READER })).json()) as { id: string; policeReference: string }[];
  async function alertsFor(childId: string): Promise<string> {
    const decision = { ...highRiskDecision(), childId };
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), childId);
    await waitFor(async () => (await byChild(childId)).some((a) => a.policeReference === decision.policeReference), { timeoutMs: 30_000, description: 'the alerts' });
    return decision.policeReference;
  }
  const mergeOf = (survivorChildId: string, mergedChildId: string) =>
    testEnvelope('protocol.children-merged', { mergeId: randomUUID(), survivorChildId, mergedChildId, mergedAt: new Date().toISOString() }, 'protocol-engine');

  it("given a merge delivered twice, the merged record's alerts are found by the survivor's id", async () => {
    const [survivor, merged] = [randomUUID(), randomUUID()];
    const refs = [await alertsFor(merged), await alertsFor(survivor)];
    const envelope = mergeOf(survivor, merged);
    await env.publish(Topics.childrenMerged, envelope, survivor);
    await env.publish(Topics.childrenMerged, envelope, survivor);
    await waitFor(async () => (await byChild(merged)).length === 0, { timeoutMs: 30_000, description: 'the alerts moved' });
    expect([...new Set((await byChild(survivor)).map((a) => a.policeReference))].sort()).toEqual(refs.sort());
    expect(await alerting.app.get(DataSource).query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 1 }]);
  });

  it('given the consumer dies after its transaction commits, the redelivered merge has one effect', async () => {
    const [survivor, merged] = [randomUUID(), randomUUID()];
    await alertsFor(merged);
    const follow = alerting.app.get(FollowChildMerge);
    const real = follow.execute.bind(follow);
    const envelope = mergeOf(survivor, merged);
    let attempts = 0;
    const spy = jest.spyOn(follow, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === envelope.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      await env.publish(Topics.childrenMerged, envelope, survivor);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    expect(await byChild(merged)).toEqual([]);
    expect((await byChild(survivor)).length).toBeGreaterThan(0);
    expect(await alerting.app.get(DataSource).query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 1 }]);
  });
});
