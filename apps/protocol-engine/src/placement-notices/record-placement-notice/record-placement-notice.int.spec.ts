import { PlacementNoticeReceivedV1, Topics } from '@homeward/contracts';
import { staffToken, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../../testing/engine-test-kit';
import { RecordPlacementNotice } from './record-placement-notice.usecase';

const PLACING = 'E08000032';
const CMO = { authorization: `Bearer ${staffToken({ staffId: 'cmo.one', role: 'CMO' })}` };

function notice(child: PlacementNoticeReceivedV1['child'], over: Partial<PlacementNoticeReceivedV1> = {}): PlacementNoticeReceivedV1 {
  const id = randomUUID();
  return {
    placementNoticeId: id,
    noticeId: `PN-${id.slice(0, 8)}`,
    sender: `la:${PLACING}`,
    receivedAt: '2025-01-02T10:00:00.000Z',
    child,
    placingAuthority: PLACING,
    placementStart: '2025-01-01',
    placementEnd: null,
    provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
    riskAssessmentProvided: true,
    riskManagementPlanProvided: false,
    ...over,
  };
}

async function publishNotice(engine: Engine, n: PlacementNoticeReceivedV1, envelopeId?: string): Promise<string> {
  const envelope = testEnvelope('placement.notice-received', n, 'ingest-api');
  if (envelopeId) envelope.id = envelopeId;
  await engine.env.publish(Topics.placementNoticeReceived, envelope, n.child.localAuthorityId);
  return envelope.id;
}

const placedIn = { careStatus: 'LOOKED_AFTER', responsibleAuthority: PLACING, missingFrom: 'CHILDRENS_HOME' } as const;

describe('protocol-engine: placement notices', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  const noticesOf = async (id: string) => Number((await engine.db.query(`SELECT count(*) FROM placement_notices WHERE id = $1`, [id])).rows[0].count);
  const recorded = (id: string) => waitFor(async () => (await noticesOf(id)) === 1, { description: 'the notice on record' });

  it('given a notice from the placing authority on record, the placed-in child missing from it does not raise "placed in without notice", and the decision shows the notice', async () => {
    const child = aChild();
    const n = notice(child);
    await publishNotice(engine, n);
    await recorded(n.placementNoticeId);
    const missing = notification({ child, ...placedIn, occurredAt: '2025-01-06T08:00:00.000Z' });
    await engine.publish(missing);

    const [decision] = await engine.waitForDecisions(missing.policeReference, 1);
    expect(decision.fired_rules.map((r) => r.ruleId)).not.toContain('placed-in-without-notice-missing');
    expect(decision.alerts).not.toContain('PLACED_IN_WITHOUT_NOTICE');
    expect(decision.required_actions).toEqual([]);

    const words = (await (await fetch(`${engine.svc.url}/v1/decisions/${decision.id}`, { headers: CMO })).json()) as Record<string, unknown>;
    expect(words.placementNotice).toEqual({
      id: n.placementNoticeId,
      placingAuthority: PLACING,
      placementStart: '2025-01-01',
      placementEnd: null,
      receivedAt: '2025-01-02T10:00:00.000Z',
      riskAssessmentProvided: true,
      riskManagementPlanProvided: false,
    });
    expect(words.placementNoticeInWords).toBe(`Placement notice from ${PLACING} on record (placed from 2025-01-01, open-ended): risk assessment received, risk management plan not received`);

    // The staff read of the child's notices, recorded as a view of the record.
    const [{ child_id: childId }] = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [missing.policeReference])).rows;
    const listed = await fetch(`${engine.svc.url}/v1/children/${childId}/placement-notices`, { headers: CMO });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([
      expect.objectContaining({ id: n.placementNoticeId, sender: `la:${PLACING}`, noticeId: n.noticeId, providerName: 'Oakfield House', providerKind: 'CHILDRENS_HOME' }),
    ]);
    expect((await engine.db.query(`SELECT count(*) FROM child_record_views WHERE child_id = $1 AND staff_id = 'cmo.one' AND purpose = 'RECORD'`, [childId])).rows[0].count).toBe('1');
    expect((await fetch(`${engine.svc.url}/v1/children/${childId}/placement-notices`)).status).toBe(401);
    expect((await fetch(`${engine.svc.url}/v1/children/${randomUUID()}/placement-notices`, { headers: CMO })).status).toBe(404);
  });

  it('given a notice that does not cover the day the child went missing, or from another authority, the rule still fires', async () => {
    const child = aChild();
    const ended = notice(child, { placementEnd: '2025-01-03' });
    const otherAuthority = notice(child, { placingAuthority: 'E10000007', sender: 'la:E10000007' });
    await publishNotice(engine, ended);
    await publishNotice(engine, otherAuthority);
    await recorded(ended.placementNoticeId);
    await recorded(otherAuthority.placementNoticeId);
    const missing = notification({ child, ...placedIn, occurredAt: '2025-01-06T08:00:00.000Z' });
    await engine.publish(missing);

    const [decision] = await engine.waitForDecisions(missing.policeReference, 1);
    expect(decision.fired_rules.map((r) => r.ruleId)).toContain('placed-in-without-notice-missing');
    expect(decision.alerts).toContain('PLACED_IN_WITHOUT_NOTICE');
    expect((await engine.db.query(`SELECT placement_notice FROM decisions WHERE id = $1`, [decision.id])).rows[0].placement_notice).toBeNull();
  });

  it('given a notice without the LA id, it is matched to the child by names and date of birth, as notifications are', async () => {
    const child = { givenName: 'Kerys', familyName: `Ap-${randomUUID().slice(0, 6)}`, dateOfBirth: '2011-02-03' };
    const n = notice(child);
    await publishNotice(engine, n);
    await recorded(n.placementNoticeId);
    const missing = notification({ child: { ...child, familyName: child.familyName.toUpperCase() }, ...placedIn, occurredAt: '2025-01-06T08:00:00.000Z' });
    await engine.publish(missing);
    const [decision] = await engine.waitForDecisions(missing.policeReference, 1);
    expect(decision.alerts).not.toContain('PLACED_IN_WITHOUT_NOTICE');
  });

  it('given the same message delivered twice, records one notice', async () => {
    const n = notice(aChild());
    const id = await publishNotice(engine, n);
    await publishNotice(engine, n, id);
    // And again in a new envelope (a replayed relay): the notice's id keeps it one.
    await publishNotice(engine, n);
    const marker = notice(n.child);
    await publishNotice(engine, marker);
    await recorded(marker.placementNoticeId);
    expect(await noticesOf(n.placementNoticeId)).toBe(1);
  });
});

describe('protocol-engine: a placement-notice consumer that fails after its effects committed', () => {
  let engine: Engine;
  let failures = 0;

  beforeAll(async () => {
    engine = await startEngine();
  });
  afterAll(async () => engine?.close());

  it('given the first attempt dies after committing, the redelivered message records no second notice', async () => {
    const record = engine.svc.app.get(RecordPlacementNotice);
    const realExecute = record.execute.bind(record);
    const n = notice(aChild());
    const envelopeId = randomUUID();
    jest.spyOn(record, 'execute').mockImplementation(async (command) => {
      await realExecute(command);
      if (command.messageId === envelopeId && failures++ === 0) throw new Error('crash after commit');
    });
    await publishNotice(engine, n, envelopeId);
    await waitFor(() => failures >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    const rows = await engine.db.query(`SELECT count(*) FROM placement_notices WHERE id = $1`, [n.placementNoticeId]);
    expect(Number(rows.rows[0].count)).toBe(1);
  });
});
