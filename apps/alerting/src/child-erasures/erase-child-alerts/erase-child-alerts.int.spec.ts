import { Topics } from '@homeward/contracts';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { erasedSummary } from '../../alerts/raise-alerts/summaries';
import { highRiskDecision } from '../../../test-support/fixtures';
import { EraseChildAlerts } from './erase-child-alerts.usecase';

jest.setTimeout(60_000);

const READER = { authorization: `Bearer ${staffToken({ staffId: 'test.reader', role: 'READ_ONLY' })}` };

interface FeedAlert {
  id: string;
  kind: 'HIGH_RISK';
  policeReference: string;
  riskLevel: string | null;
  summary: string;
}

describe("alerting: a child's personal data erased, their alerts keep who was told and what kind, not the details", () => {
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

  const byChild = async (childId: string) => (await (await fetch(`${alerting.url}/v1/alerts?childId=${childId}`, { headers: READER })).json()) as FeedAlert[];
  const db = () => alerting.app.get(DataSource);
  const inboxRows = async (messageId: string) => db().query(`SELECT count(*)::int AS n FROM inbox WHERE message_id = $1`, [messageId]);
  const publishDecision = async (childId: string) => {
    const decision = { ...highRiskDecision(), childId };
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), childId);
    return decision.policeReference;
  };
  async function alertsFor(childId: string): Promise<string> {
    const ref = await publishDecision(childId);
    await waitFor(async () => (await byChild(childId)).some((a) => a.policeReference === ref), { timeoutMs: 30_000, description: 'the alerts' });
    return ref;
  }
  const erasureOf = (childId: string, mergedChildIds: string[] = []) =>
    testEnvelope(
      'protocol.child-erased',
      { erasureId: randomUUID(), childId, mergedChildIds, ingestIds: [], placementNoticeIds: [], erasedAt: new Date().toISOString() },
      'protocol-engine',
    );
  const erasedAlerts = async (childId: string) =>
    (await byChild(childId)).length > 0 && (await byChild(childId)).every((a) => a.policeReference === '[erased]');
  const expectErased = (alerts: FeedAlert[]) => {
    expect(alerts.length).toBeGreaterThan(0);
    for (const a of alerts) expect(a).toMatchObject({ policeReference: '[erased]', riskLevel: null, summary: erasedSummary(a.kind) });
  };

  it("given an erasure delivered twice, then the child's and its merged record's alerts are erased once, and another child's are not", async () => {
    const [child, merged, other] = [randomUUID(), randomUUID(), randomUUID()];
    const [ref, mergedRef, otherRef] = [await alertsFor(child), await alertsFor(merged), await alertsFor(other)];
    const envelope = erasureOf(child, [merged]);
    await env.publish(Topics.childErased, envelope, child);
    await env.publish(Topics.childErased, envelope, child);
    await waitFor(async () => (await erasedAlerts(child)) && (await erasedAlerts(merged)), { timeoutMs: 30_000, description: 'the alerts erased' });

    expectErased([...(await byChild(child)), ...(await byChild(merged))]);
    const [erased] = await db().query(`SELECT count(DISTINCT erased_at)::int AS times, array_agg(DISTINCT erasure_id::text) AS erasures FROM alerts WHERE child_id = ANY($1::uuid[])`, [[child, merged]]);
    expect(erased).toEqual({ times: 1, erasures: [envelope.data.erasureId] });
    const kept = await db().query(`SELECT count(*)::int AS n FROM alerts WHERE police_reference = ANY($1)`, [[ref, mergedRef]]);
    expect(kept).toEqual([{ n: 0 }]);
    expect((await byChild(other)).every((a) => a.policeReference === otherRef && a.riskLevel === 'HIGH')).toBe(true);
    expect(await inboxRows(envelope.id)).toEqual([{ n: 1 }]);
  });

  it('given the consumer dies after its transaction commits, then the redelivered erasure has one effect', async () => {
    const child = randomUUID();
    await alertsFor(child);
    const erase = alerting.app.get(EraseChildAlerts);
    const real = erase.execute.bind(erase);
    const envelope = erasureOf(child);
    let attempts = 0;
    const spy = jest.spyOn(erase, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === envelope.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      await env.publish(Topics.childErased, envelope, child);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    expectErased(await byChild(child));
    expect(await db().query(`SELECT count(*)::int AS n FROM child_erasures WHERE child_id = $1`, [child])).toEqual([{ n: 1 }]);
    expect(await inboxRows(envelope.id)).toEqual([{ n: 1 }]);
  });

  it('given a decision in flight, consumed after the erasure, then its alerts are raised already erased, for a merged record too', async () => {
    const [child, merged] = [randomUUID(), randomUUID()];
    const envelope = erasureOf(child, [merged]);
    await env.publish(Topics.childErased, envelope, child);
    await waitFor(async () => (await inboxRows(envelope.id))[0].n === 1, { timeoutMs: 30_000, description: 'the erasure consumed' });

    const refs = [await publishDecision(child), await publishDecision(merged)];
    await waitFor(async () => (await byChild(child)).length > 0 && (await byChild(merged)).length > 0, { timeoutMs: 30_000, description: 'the late alerts' });
    expectErased([...(await byChild(child)), ...(await byChild(merged))]);
    expect(await db().query(`SELECT count(*)::int AS n FROM alerts WHERE police_reference = ANY($1) OR (child_id = ANY($2::uuid[]) AND erasure_id IS DISTINCT FROM $3)`, [refs, [child, merged], envelope.data.erasureId])).toEqual([{ n: 0 }]);
  });
});
