import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}`, 'content-type': 'application/json' });
const MANAGER = as('MANAGER', 'jordan.lee');
const CMO = as('CMO', 'casey.morgan');

interface ChildRecord {
  id: string;
  dateOfBirth: string;
  localAuthorityId: string | null;
  openEpisode: boolean;
  repeatCount: number;
  episodes: { policeReference: string; status: string; withdrawn: { reason: string } | null }[];
}

/** A child known only by names and date of birth (the first report without the LA's id). */
const unnamedByLa = (): NotificationReceivedV1['child'] => ({ givenName: `Kai${randomUUID().slice(0, 6)}`, familyName: 'Brennan', dateOfBirth: '2011-09-14' });

describe('protocol-engine: police withdrawals and corrections, and staff merges of two records of one child', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await startEngine();
    engine.clock.set('2025-06-20T12:00:00Z');
  });
  afterAll(async () => engine?.close());

  const childOf = async (policeReference: string): Promise<string> =>
    (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [policeReference])).rows[0].child_id;
  const record = async (childId: string): Promise<ChildRecord> => (await (await fetch(`${engine.svc.url}/v1/children/${childId}`, { headers: CMO })).json()) as ChildRecord;
  const outbox = async (topic: string, aggregateId: string) =>
    (await engine.db.query(`SELECT payload->'data' AS data FROM outbox WHERE topic = $1 AND aggregate_id = $2`, [topic, aggregateId])).rows.map((r) => r.data);

  /** An episode missing at `day` 18:00 and found the next morning. */
  async function foundEpisode(child: NotificationReceivedV1['child'], day: string): Promise<string> {
    const missing = notification({ child, occurredAt: `2025-06-${day}T18:00:00.000Z`, riskLevel: 'MEDIUM' });
    await engine.publish(missing);
    await engine.publish(notification({ child, policeReference: missing.policeReference, type: 'FOUND', occurredAt: `2025-06-${day}T23:00:00.000Z`, riskLevel: 'MEDIUM' }));
    await engine.waitForDecisions(missing.policeReference, 2);
    return missing.policeReference;
  }

  it('given a report withdrawn as made in error (twice, a police retry), the episode closes as withdrawn: one decision saying so, its timers and their wake-ups gone, kept on the record and not counted', async () => {
    const child = aChild();
    await foundEpisode(child, '01');
    const missing = notification({ child, occurredAt: '2025-06-12T18:00:00.000Z', riskLevel: 'LOW' });
    await engine.publish(missing);
    const ref = missing.policeReference;
    await engine.waitForDecisions(ref, 1);
    const [{ id: episodeId }] = (await engine.db.query(`SELECT id FROM episodes WHERE police_reference = $1`, [ref])).rows;
    const timers = (await engine.db.query(`SELECT id FROM episode_timers WHERE episode_id = $1 AND fired_at IS NULL`, [episodeId])).rows.map((r) => r.id as string);
    expect(timers.length).toBeGreaterThan(0);

    const cancelled = notification({ child, policeReference: ref, type: 'CANCELLED', occurredAt: '2025-06-12T21:00:00.000Z', riskLevel: 'LOW', cancellation: { reason: 'MADE_IN_ERROR' } });
    const envelopeId = await engine.publish(cancelled);
    await engine.publish(cancelled, envelopeId);
    const [, withdrawal] = await engine.waitForDecisions(ref, 2);
    expect(withdrawal.fired_rules.map((r) => r.ruleId)).toEqual(['report-withdrawn']);
    expect(withdrawal.required_actions).toEqual([]);
    const [event] = await outbox('protocol.decision-made.v1', withdrawal.id);
    expect(event.withdrawn).toEqual({ reason: 'MADE_IN_ERROR', withdrawnAt: '2025-06-12T21:00:00.000Z' });

    expect((await engine.db.query(`SELECT 1 FROM episode_timers WHERE episode_id = $1 AND fired_at IS NULL`, [episodeId])).rows).toHaveLength(0);
    expect((await engine.db.query(`SELECT 1 FROM wake_ups WHERE kind = 'episode-timer' AND subject_id = ANY($1)`, [timers])).rows).toHaveLength(0);

    // A third report: two episodes count (the withdrawn one does not), so the persistent rule stays quiet.
    const third = notification({ child, occurredAt: '2025-06-18T18:00:00.000Z', riskLevel: 'MEDIUM' });
    await engine.publish(third);
    const [thirdDecision] = await engine.waitForDecisions(third.policeReference, 1);
    expect(thirdDecision.fired_rules.map((r) => r.ruleId)).not.toContain('persistent-missing');
    expect(await engine.decisionsFor(ref)).toHaveLength(2);

    const shown = await record(await childOf(ref));
    expect(shown.episodes.find((e) => e.policeReference === ref)).toMatchObject({ status: 'WITHDRAWN', withdrawn: { reason: 'MADE_IN_ERROR' } });
    expect(shown.repeatCount).toBe(2);
  });

  it("given a correction of the child's date of birth, the record is corrected and audited, and the occurrence's later messages stay with the child", async () => {
    const child = aChild();
    const missing = notification({ child: { ...child, dateOfBirth: '2012-05-05' }, occurredAt: '2025-06-15T18:00:00.000Z' });
    await engine.publish(missing);
    const ref = missing.policeReference;
    await engine.waitForDecisions(ref, 1);
    const childId = await childOf(ref);

    await engine.publish(notification({ child, policeReference: ref, type: 'CORRECTED', occurredAt: '2025-06-16T09:00:00.000Z' }));
    const [, correction] = await engine.waitForDecisions(ref, 2);
    expect(correction.fired_rules.map((r) => r.ruleId)).toEqual(['child-details-corrected']);
    expect((await record(childId)).dateOfBirth).toBe('2012-05-04');
    const changes = (await (await fetch(`${engine.svc.url}/v1/children/${childId}/changes`, { headers: MANAGER })).json()) as unknown[];
    expect(changes).toEqual([
      expect.objectContaining({ action: 'DETAILS_CORRECTED', actor: 'police:NOTTS', detail: { changed: ['dateOfBirth'], previous: { dateOfBirth: '2012-05-05' } } }),
    ]);
    expect((await fetch(`${engine.svc.url}/v1/children/${childId}/changes`, { headers: CMO })).status).toBe(403);

    // A FOUND still carrying the old date of birth belongs to the occurrence's child, not to a new one.
    await engine.publish(notification({ child: { ...child, dateOfBirth: '2012-05-05' }, policeReference: ref, type: 'FOUND', occurredAt: '2025-06-16T10:00:00.000Z' }));
    await engine.waitForDecisions(ref, 3);
    expect(await childOf(ref)).toBe(childId);
  });

  it("given a correction adding the LA's id another record holds, the two records are merged into that one", async () => {
    const laId = `LA-${randomUUID().slice(0, 8)}`;
    const first = unnamedByLa();
    const withLaId = { ...first, localAuthorityId: laId };
    const laRefs = [await foundEpisode(withLaId, '02'), await foundEpisode(withLaId, '09')];
    const unmatched = await foundEpisode(first, '05');
    const [survivor, merged] = [await childOf(laRefs[0]), await childOf(unmatched)];
    expect(merged).not.toBe(survivor);

    await engine.publish(notification({ child: withLaId, policeReference: unmatched, type: 'CORRECTED', occurredAt: '2025-06-16T09:00:00.000Z' }));
    await engine.waitForDecisions(unmatched, 3);
    expect(await childOf(unmatched)).toBe(survivor);
    expect((await record(merged)).id).toBe(survivor);
    expect((await record(survivor)).repeatCount).toBe(3);
    expect(await outbox('protocol.children-merged.v1', survivor)).toEqual([expect.objectContaining({ survivorChildId: survivor, mergedChildId: merged })]);
  });

  it('given two records of one child merged by a manager, the old id resolves to the survivor, the repeat count includes both and the next report meets the persistent rule', async () => {
    const first = unnamedByLa();
    const laId = `LA-${randomUUID().slice(0, 8)}`;
    const earlier = [await foundEpisode(first, '03'), await foundEpisode(first, '10')];
    const later = await foundEpisode({ ...first, localAuthorityId: laId }, '14');
    const [oldId, survivor] = [await childOf(earlier[0]), await childOf(later)];
    expect((await record(survivor)).repeatCount).toBe(1);

    const merge = (headers: Record<string, string>, body: unknown) => fetch(`${engine.svc.url}/v1/children/${survivor}/merge`, { method: 'POST', headers, body: JSON.stringify(body) });
    expect((await merge(CMO, { mergeChildId: oldId })).status).toBe(403);
    const bad = await merge(MANAGER, { mergeChildId: 'not-a-uuid' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['mergeChildId']);
    expect((await merge(MANAGER, { mergeChildId: survivor })).status).toBe(400);

    const res = await merge(MANAGER, { mergeChildId: oldId });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ survivorChildId: survivor, mergedChildId: oldId, mergedBy: 'jordan.lee', episodesMoved: 2 });
    expect((await merge(MANAGER, { mergeChildId: oldId })).status).toBe(409);

    const resolved = await record(oldId);
    expect(resolved).toMatchObject({ id: survivor, localAuthorityId: laId, repeatCount: 3 });
    expect(resolved.episodes.map((e) => e.policeReference).sort()).toEqual([...earlier, later].sort());
    const [event] = await outbox('protocol.children-merged.v1', survivor);
    expect(event).toMatchObject({ survivorChildId: survivor, mergedChildId: oldId });
    const changes = (await (await fetch(`${engine.svc.url}/v1/children/${oldId}/changes`, { headers: MANAGER })).json()) as { action: string; actor: string }[];
    expect(changes.map((c) => [c.action, c.actor]).sort()).toEqual([['MERGED', 'staff:jordan.lee'], ['MERGED_INTO', 'staff:jordan.lee']]);

    // The next report under the old details lands on the survivor, whose window now holds all four.
    const next = notification({ child: first, occurredAt: '2025-06-19T18:00:00.000Z' });
    await engine.publish(next);
    const [decision] = await engine.waitForDecisions(next.policeReference, 1);
    expect(decision.fired_rules.map((r) => r.ruleId)).toContain('persistent-missing');
    await waitFor(async () => (await childOf(next.policeReference)) === survivor, { description: 'the new episode on the survivor' });
  });
});
