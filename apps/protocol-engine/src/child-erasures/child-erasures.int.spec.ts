import { ChildErasedV1, childKey, NotificationReceivedV1, PlacementNoticeReceivedV1, Topics } from '@homeward/contracts';
import { staffToken, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { ProtocolEngineConfig } from '../protocol-engine.config';
import { Engine, notification, startEngine } from '../testing/engine-test-kit';
import { ChildErasureRefused, EraseChild, EraseChildCommand } from './erase-child';

const MANAGER = { authorization: `Bearer ${staffToken({ staffId: 'jordan.lee', role: 'MANAGER' })}`, 'content-type': 'application/json' };
const CMO = { authorization: `Bearer ${staffToken({ staffId: 'casey.morgan', role: 'CMO' })}` };

/** Every row of every table in protocol's schema whose text holds `needle` (the erasure's proof: a search, not a list of columns). */
async function rowsHolding(engine: Engine, needle: string): Promise<string[]> {
  const tables = (await engine.db.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'protocol' AND table_type = 'BASE TABLE'`)).rows.map((r) => r.table_name as string);
  const hits: string[] = [];
  for (const table of tables) {
    const { rows } = await engine.db.query(`SELECT count(*)::int AS n FROM protocol.${table} t WHERE t::text ILIKE $1`, [`%${needle}%`]);
    if (rows[0].n > 0) hits.push(`${table}: ${rows[0].n}`);
  }
  return hits;
}

describe('protocol-engine: erasing one child’s personal data', () => {
  let engine: Engine;
  const erase = (childId: string) => engine.svc.app.get(EraseChild).execute(EraseChildCommand.create({ childId, requestedBy: 'dpo.officer', reason: 'DPO-2026-0142', correlationId: randomUUID() }));
  const childOf = async (policeReference: string): Promise<string> => (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [policeReference])).rows[0].child_id;
  const count = async (sql: string, params: unknown[]) => Number((await engine.db.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    engine = await startEngine();
    engine.clock.set('2025-06-20T12:00:00Z');
  });
  afterAll(async () => engine?.close());

  /** Missing at `day` 18:00 (last seen somewhere named), found the next morning (returned to someone named). */
  async function foundEpisode(child: NotificationReceivedV1['child'], day: string, names: { place: string; carer: string }): Promise<string> {
    const missing = notification({ child, occurredAt: `2025-06-${day}T18:00:00.000Z`, location: { postcode: 'NG7 2QX', description: `near ${names.place}` } });
    await engine.publish(missing);
    await engine.publish(
      notification({
        child,
        policeReference: missing.policeReference,
        type: 'FOUND',
        occurredAt: `2025-06-${day}T23:00:00.000Z`,
        found: { returnedTo: names.carer, foundBy: 'PC 4471', safeAndWellCheckAt: `2025-06-${day}T23:30:00.000Z`, harmSuffered: false },
      }),
    );
    await engine.waitForDecisions(missing.policeReference, 2);
    return missing.policeReference;
  }

  it('erases names, date of birth, LA id, locations, found details, the carer on a placement notice, corrected details and a merged record; keeps episodes, decisions and ages; audits it; one event; a second run does nothing', async () => {
    const tag = randomUUID().slice(0, 6);
    const given = `Zelda${tag}`;
    const family = `Quartermaine${tag}`;
    const laId = `LA-${tag}`;
    const child = { givenName: given, familyName: family, dateOfBirth: '2011-03-09', localAuthorityId: laId };
    const ref = await foundEpisode(child, '02', { place: `Bramble${tag} Park`, carer: `Aunt Hester${tag}` });
    const survivorId = await childOf(ref);
    // A police correction of the given name: the old one stays in the correction's audit until erased.
    await engine.publish(notification({ child: { ...child, givenName: `Zeldah${tag}` }, policeReference: ref, type: 'CORRECTED', occurredAt: '2025-06-03T09:00:00.000Z' }));
    await waitFor(async () => (await count(`SELECT count(*) AS n FROM child_changes WHERE child_id = $1`, [survivorId])) === 1, { description: 'the correction' });
    // A second record of the same child (no LA id on that report), merged in by a manager.
    const other = await foundEpisode({ givenName: given, familyName: family, dateOfBirth: '2011-03-09' }, '12', { place: `Cinder${tag} Lane`, carer: `Foster Carer${tag}` });
    const mergedId = await childOf(other);
    expect((await fetch(`${engine.svc.url}/v1/children/${survivorId}/merge`, { method: 'POST', headers: MANAGER, body: JSON.stringify({ mergeChildId: mergedId }) })).status).toBe(200);
    const notice: PlacementNoticeReceivedV1 = {
      placementNoticeId: randomUUID(),
      noticeId: `PN-${tag}`,
      sender: 'la:E08000032',
      receivedAt: '2025-06-15T10:00:00.000Z',
      child,
      placingAuthority: 'E08000032',
      placementStart: '2025-06-14',
      placementEnd: null,
      provider: { name: `Willowmere${tag} House`, kind: 'CHILDRENS_HOME' },
      riskAssessmentProvided: true,
      riskManagementPlanProvided: false,
    };
    await engine.env.publish(Topics.placementNoticeReceived, testEnvelope('placement.notice-received', notice, 'ingest-api'), laId);
    await waitFor(async () => (await count(`SELECT count(*) AS n FROM placement_notices WHERE id = $1`, [notice.placementNoticeId])) === 1, { description: 'the notice on record' });

    const personal = [given, family, `Zeldah${tag}`, '2011-03-09', laId, `Bramble${tag}`, `Cinder${tag}`, `Hester${tag}`, `Foster Carer${tag}`, `Willowmere${tag}`, 'NG7 2QX'];
    for (const needle of personal) expect(await rowsHolding(engine, needle)).not.toEqual([]);
    const kept = async () =>
      (
        await engine.db.query(
          `SELECT (SELECT count(*)::int FROM episodes WHERE child_id = $1) AS episodes, (SELECT count(*)::int FROM decisions WHERE child_id = $1) AS decisions,
                  (SELECT count(*)::int FROM applied_notifications WHERE child_id = $1) AS notifications, (SELECT count(*)::int FROM placement_notices WHERE child_id = $1) AS notices,
                  (SELECT count(*)::int FROM notification_details WHERE child_id = $1 AND safe_and_well_check_at IS NOT NULL) AS "safeAndWellChecks"`,
          [survivorId],
        )
      ).rows[0];
    const before = await kept();
    expect(before).toEqual({ episodes: 2, decisions: expect.any(Number), notifications: 5, notices: 1, safeAndWellChecks: 2 });
    const ingestIds = (await engine.db.query(`SELECT ingest_id FROM applied_notifications WHERE child_id = $1 ORDER BY 1`, [survivorId])).rows.map((r) => r.ingest_id);

    // As schools key the child (no LA id): the corrected record and the merged one.
    const secret = engine.svc.app.get(ProtocolEngineConfig).childKeySecret;
    const educationKeys = [given, `Zeldah${tag}`].map((givenName) => childKey(secret, { givenName, familyName: family, dateOfBirth: '2011-03-09' })).sort();

    const result = await erase(survivorId);

    expect(result.outcome).toBe('ERASED');
    for (const needle of personal) expect({ needle, rows: await rowsHolding(engine, needle) }).toEqual({ needle, rows: [] });
    expect(await kept()).toEqual(before);
    const episodes = (await engine.db.query(`SELECT child_age_at_start AS age, care_status AS "careStatus", risk_level AS risk, missing_since IS NOT NULL AS dated FROM episodes WHERE child_id = $1`, [survivorId])).rows;
    expect(episodes).toEqual([expect.objectContaining({ age: 14, careStatus: 'NOT_KNOWN', risk: 'MEDIUM', dated: true }), expect.objectContaining({ age: 14, dated: true })]);
    const correction = (await engine.db.query(`SELECT detail FROM child_changes WHERE child_id = $1 AND action = 'DETAILS_CORRECTED'`, [survivorId])).rows[0].detail;
    expect(correction).toEqual({ changed: ['givenName'] });

    const audit = (await engine.db.query(`SELECT * FROM child_erasures WHERE child_id = $1`, [survivorId])).rows;
    expect(audit).toEqual([
      expect.objectContaining({
        id: result.erasure.erasureId,
        merged_child_ids: [mergedId],
        requested_by: 'dpo.officer',
        reason: 'DPO-2026-0142',
        counts: { childRecords: 2, episodes: 2, notificationDetails: 4, placementNotices: 1, childChanges: 1, meetingListNotes: 0, timersCancelled: expect.any(Number) },
      }),
    ]);
    const events = (await engine.db.query(`SELECT payload->'data' AS data, message_key FROM outbox WHERE topic = $1 AND aggregate_id = $2`, [Topics.childErased, survivorId])).rows;
    expect(events).toEqual([
      {
        message_key: survivorId,
        data: {
          erasureId: result.erasure.erasureId,
          childId: survivorId,
          mergedChildIds: [mergedId],
          ingestIds,
          placementNoticeIds: [notice.placementNoticeId],
          educationKeys,
          erasedAt: '2025-06-20T12:00:00.000Z',
        } satisfies ChildErasedV1,
      },
    ]);
    expect(await count(`SELECT count(*) AS n FROM episode_timers e JOIN episodes p ON p.id = e.episode_id WHERE p.child_id = $1 AND e.fired_at IS NULL`, [survivorId])).toBe(0);

    // Again: nothing changes and nothing is published.
    const again = await erase(survivorId);
    expect(again).toEqual({ outcome: 'ALREADY_ERASED', erasure: expect.objectContaining({ erasureId: result.erasure.erasureId }) });
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE topic = $1 AND aggregate_id = $2`, [Topics.childErased, survivorId])).toBe(1);
    // The merged record's id asks for the survivor.
    await expect(erase(mergedId)).rejects.toThrow(`merged into ${survivorId}`);

    // The record still reads: its episodes and figures, no one named, and when it was erased.
    const recordRes = await fetch(`${engine.svc.url}/v1/children/${mergedId}`, { headers: CMO });
    expect(recordRes.status).toBe(200);
    const shown = (await recordRes.json()) as Record<string, unknown> & { episodes: { notifications: unknown[] }[] };
    expect(shown).toMatchObject({ id: survivorId, givenName: null, familyName: null, dateOfBirth: null, ageYears: null, localAuthorityId: null, erasedAt: '2025-06-20T12:00:00.000Z', careStatus: 'NOT_KNOWN' });
    expect(shown.episodes).toHaveLength(2);
    const search = await fetch(`${engine.svc.url}/v1/children/search?q=${encodeURIComponent(ref)}`, { headers: CMO });
    expect(await search.json()).toEqual([expect.objectContaining({ id: survivorId, givenName: null, erasedAt: '2025-06-20T12:00:00.000Z' })]);
    expect(await (await fetch(`${engine.svc.url}/v1/children/search?q=${given}`, { headers: CMO })).json()).toEqual([]);
    const notices = await fetch(`${engine.svc.url}/v1/children/${survivorId}/placement-notices`, { headers: CMO });
    expect(await notices.json()).toEqual([expect.objectContaining({ id: notice.placementNoticeId, providerName: null })]);

    const listed = await fetch(`${engine.svc.url}/v1/child-erasures`, { headers: MANAGER });
    expect(listed.status).toBe(200);
    expect(await listed.json()).toContainEqual(expect.objectContaining({ erasureId: result.erasure.erasureId, childId: survivorId, mergedChildIds: [mergedId], requestedBy: 'dpo.officer' }));
    expect((await fetch(`${engine.svc.url}/v1/child-erasures`, { headers: CMO })).status).toBe(403);
    expect((await fetch(`${engine.svc.url}/v1/child-erasures?limit=501`, { headers: MANAGER })).status).toBe(400);

    // A late message about an erased occurrence is decided, and brings no personal data back.
    const lateRisk = notification({ child, policeReference: ref, type: 'RISK_UPDATED', riskLevel: 'HIGH', occurredAt: '2025-06-03T10:00:00.000Z', location: { postcode: 'NG7 2QX', description: `near Bramble${tag} Park` } });
    const lateCorrection = notification({ child: { ...child, givenName: `Zeldah${tag}` }, policeReference: ref, type: 'CORRECTED', occurredAt: '2025-06-03T11:00:00.000Z' });
    await engine.publish(lateRisk);
    await engine.publish(lateCorrection);
    await waitFor(async () => (await count(`SELECT count(*) AS n FROM applied_notifications WHERE ingest_id = ANY($1)`, [[lateRisk.ingestId, lateCorrection.ingestId]])) === 2, { description: 'late messages applied' });
    for (const needle of personal) expect({ needle, rows: await rowsHolding(engine, needle) }).toEqual({ needle, rows: [] });

    // A later report about the same person is a new record: the key that recognised them is gone.
    const later = notification({ child, occurredAt: '2025-06-19T18:00:00.000Z' });
    await engine.publish(later);
    await engine.waitForDecisions(later.policeReference, 1);
    expect(await childOf(later.policeReference)).not.toBe(survivorId);
  });

  it('refuses an unknown child, and a child still missing, changing nothing', async () => {
    await expect(erase(randomUUID())).rejects.toThrow(ChildErasureRefused);
    const missing = notification({ occurredAt: '2025-06-19T18:00:00.000Z' });
    await engine.publish(missing);
    await engine.waitForDecisions(missing.policeReference, 1);
    const childId = await childOf(missing.policeReference);
    await expect(erase(childId)).rejects.toThrow(`is still missing (police reference ${missing.policeReference})`);
    expect(await count(`SELECT count(*) AS n FROM children WHERE id = $1 AND erased_at IS NULL AND given_name = 'Amy'`, [childId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM child_erasures WHERE child_id = $1`, [childId])).toBe(0);
  });
});
