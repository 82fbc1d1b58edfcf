import type { NotificationReceivedV1, PlacementNoticeReceivedV1 } from '@homeward/contracts';
import { Topics } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}` });
const MANAGER = as('MANAGER', 'dee.director');
/** Codes no other suite uses, so only this history is "ours" and "placed here". */
const HOME = 'E08000777';
const PLACING = 'E08000778';
const UNNOTIFIED = 'E08000779';

interface Row {
  episodeId: string;
  policeReference: string;
  force: string;
  child: { id: string; ageYears: number | null };
  placement: { kind: string | null; provider: string | null; noticeId: string | null };
  placingAuthority: string | null;
  missingSince: string | null;
  foundAt: string | null;
  stillMissing: boolean;
  durationMinutes: number | null;
  riskLevel: string;
  riskChanges: { at: string; riskLevel: string }[];
  vulnerabilities: string[];
  foundLocation: { postcode: string | null; description: string | null; returnedTo: string | null } | null;
  repeatCount: number | null;
  missingElsewhere: boolean;
}
interface Report {
  weekStart: string;
  weekEnd: string;
  from: string;
  to: string;
  repeatWindowDays: number | null;
  summary: Record<string, number>;
  ours: Row[];
  placedHere: Row[];
  authorityNotKnown: Row[];
}

describe('protocol-engine: the weekly looked-after children missing report (week of Monday 23 November 2026)', () => {
  let engine: Engine;
  const tag = randomUUID().slice(0, 6);
  const child = (id: string) => ({ ...aChild(), localAuthorityId: `${id}-${tag}` });
  const [childO, childS, childP, childQ, childA, childX] = ['O', 'S', 'P', 'Q', 'A', 'X'].map(child);
  const refs: Record<string, string> = {};
  const ours = { careStatus: 'LOOKED_AFTER' as const, responsibleAuthority: HOME, force: 'WYP' };

  /** One police message, decided as it happens (the clock five minutes after). */
  async function send(name: string, c: NotificationReceivedV1['child'], type: NotificationReceivedV1['type'], at: string, extra: Partial<NotificationReceivedV1> = {}) {
    refs[name] ??= `WY/WK/${name}/${tag}`;
    engine.clock.set(new Date(Date.parse(at) + 5 * 60_000).toISOString());
    const before = (await engine.decisionsFor(refs[name])).length;
    await engine.publish(notification({ child: c, type, occurredAt: at, policeReference: refs[name], ...ours, ...extra }));
    if (type === 'CANCELLED') {
      await waitFor(async () => ((await engine.db.query(`SELECT 1 FROM episodes WHERE police_reference = $1 AND withdrawn_at IS NOT NULL`, [refs[name]])).rowCount ? true : undefined), { description: `${name} withdrawn` });
    } else await engine.waitForDecisions(refs[name], before + 1);
  }
  async function notice(c: PlacementNoticeReceivedV1['child'], placingAuthority = PLACING): Promise<string> {
    const id = randomUUID();
    const n: PlacementNoticeReceivedV1 = {
      placementNoticeId: id, noticeId: `PN-${id.slice(0, 8)}`, sender: `la:${placingAuthority}`, receivedAt: '2026-09-01T10:00:00.000Z', child: c,
      placingAuthority, placementStart: '2026-09-01', placementEnd: null, provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
      riskAssessmentProvided: true, riskManagementPlanProvided: true,
    };
    await engine.env.publish(Topics.placementNoticeReceived, testEnvelope('placement.notice-received', n, 'ingest-api'), c.localAuthorityId);
    await waitFor(async () => ((await engine.db.query(`SELECT 1 FROM placement_notices WHERE id = $1`, [id])).rowCount ? true : undefined), { description: 'the notice on record' });
    return id;
  }
  const report = async (headers: Record<string, string> = MANAGER, week = '2026-11-23'): Promise<Report> => {
    const res = await fetch(`${engine.svc.url}/v1/reports/weekly-looked-after?week=${week}`, { headers });
    expect(res.status).toBe(200);
    return (await res.json()) as Report;
  };
  const childIdOf = async (name: string): Promise<string> => (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [refs[name]])).rows[0].child_id;
  let noticeId: string;

  beforeAll(async () => {
    engine = await startEngine({ env: { HOME_AUTHORITY_CODE: HOME, HOME_FORCES: 'WYP' } });
    // O, ours, placed in Nottinghamshire: an earlier episode in October, then one in the week, graded up to HIGH, found at the bus station.
    await send('o0', childO, 'MISSING_REPORTED', '2026-10-01T18:00:00.000Z', { force: 'NOTTS', missingFrom: 'FOSTER_CARE' });
    await send('o0', childO, 'FOUND', '2026-10-02T08:00:00.000Z', { force: 'NOTTS', missingFrom: 'FOSTER_CARE' });
    await send('o1', childO, 'MISSING_REPORTED', '2026-11-24T18:00:00.000Z', { force: 'NOTTS', missingFrom: 'FOSTER_CARE', riskLevel: 'MEDIUM' });
    await send('o1', childO, 'RISK_UPDATED', '2026-11-25T09:00:00.000Z', { force: 'NOTTS', missingFrom: 'FOSTER_CARE', riskLevel: 'HIGH' });
    await send('o1', childO, 'FOUND', '2026-11-25T20:00:00.000Z', {
      force: 'NOTTS', missingFrom: 'FOSTER_CARE', riskLevel: 'HIGH',
      location: { postcode: 'NG1 5FS', description: 'Victoria bus station' }, found: { returnedTo: 'Foster carer', foundBy: 'POLICE' },
    });
    // S, ours: missing from the Friday before, found on the Monday morning (spans the week's start).
    await send('s1', childS, 'MISSING_REPORTED', '2026-11-20T22:00:00.000Z', { missingFrom: 'CHILDRENS_HOME', riskLevel: 'LOW' });
    await send('s1', childS, 'FOUND', '2026-11-23T10:00:00.000Z', { missingFrom: 'CHILDRENS_HOME', riskLevel: 'LOW' });
    // P, placed here by another LA with a notice: missing Friday, still missing at the week's end, CSE flagged.
    noticeId = await notice(childP);
    await send('p1', childP, 'MISSING_REPORTED', '2026-11-27T16:00:00.000Z', { responsibleAuthority: PLACING, missingFrom: 'CHILDRENS_HOME', riskLevel: 'HIGH', vulnerabilities: ['CSE'] });
    // Q, placed here without notice, missing and found on Saturday.
    await send('q1', childQ, 'MISSING_REPORTED', '2026-11-28T12:00:00.000Z', { responsibleAuthority: UNNOTIFIED, missingFrom: 'SUPPORTED_ACCOMMODATION', riskLevel: 'LOW' });
    await send('q1', childQ, 'FOUND', '2026-11-28T15:30:00.000Z', { responsibleAuthority: UNNOTIFIED, missingFrom: 'SUPPORTED_ACCOMMODATION', riskLevel: 'LOW' });
    // A: looked after, but the police gave no responsible authority.
    await send('a1', childA, 'MISSING_REPORTED', '2026-11-26T10:00:00.000Z', { responsibleAuthority: undefined, riskLevel: 'MEDIUM' });
    await send('a1', childA, 'FOUND', '2026-11-26T12:00:00.000Z', { responsibleAuthority: undefined, riskLevel: 'MEDIUM' });
    // Not in the week: found 23:30 on the Sunday before; started the Monday after; a child in need; a withdrawn report.
    await send('x1', childX, 'MISSING_REPORTED', '2026-11-22T20:00:00.000Z');
    await send('x1', childX, 'FOUND', '2026-11-22T23:30:00.000Z');
    await send('x2', childX, 'MISSING_REPORTED', '2026-11-30T00:00:00.000Z');
    await send('x3', child('CIN'), 'MISSING_REPORTED', '2026-11-25T10:00:00.000Z', { careStatus: 'CHILD_IN_NEED' });
    await send('x4', child('W'), 'MISSING_REPORTED', '2026-11-25T11:00:00.000Z');
    await send('x4', child('W'), 'CANCELLED', '2026-11-25T11:30:00.000Z', { cancellation: { reason: 'MADE_IN_ERROR' } });
    engine.clock.set('2026-11-30T08:00:00.000Z');
  }, 180_000);
  afterAll(async () => engine?.close());

  it('given the history, the two parts hold exactly the week\'s looked-after episodes, with placement, risk changes, found location and repeat counts; every child read is recorded', async () => {
    const r = await report();
    expect(r).toMatchObject({ weekStart: '2026-11-23', weekEnd: '2026-11-29', from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z', repeatWindowDays: 90 });
    expect(r.ours.map((e) => e.policeReference)).toEqual([refs.s1, refs.o1]);
    expect(r.placedHere.map((e) => e.policeReference)).toEqual([refs.p1, refs.q1]);
    expect(r.authorityNotKnown.map((e) => e.policeReference)).toEqual([refs.a1]);
    expect(r.summary).toEqual({ episodes: 5, children: 5, stillMissing: 1, highRisk: 2 });

    const [s1, o1] = r.ours;
    expect(o1).toMatchObject({
      force: 'NOTTS',
      child: { id: await childIdOf('o1'), ageYears: 14 },
      placement: { kind: 'FOSTER_CARE', provider: null, noticeId: null },
      placingAuthority: HOME,
      missingSince: '2026-11-24T18:00:00.000Z',
      foundAt: '2026-11-25T20:00:00.000Z',
      stillMissing: false,
      durationMinutes: 26 * 60,
      riskLevel: 'HIGH',
      riskChanges: [
        { at: '2026-11-24T18:00:00.000Z', riskLevel: 'MEDIUM' },
        { at: '2026-11-25T09:00:00.000Z', riskLevel: 'HIGH' },
      ],
      foundLocation: { postcode: 'NG1 5FS', description: 'Victoria bus station', returnedTo: 'Foster carer' },
      repeatCount: 2,
      missingElsewhere: true,
    });
    expect(s1).toMatchObject({ missingSince: '2026-11-20T22:00:00.000Z', foundAt: '2026-11-23T10:00:00.000Z', stillMissing: false, riskLevel: 'LOW', repeatCount: 1, missingElsewhere: false, foundLocation: null, placement: { kind: 'CHILDRENS_HOME', provider: null } });

    const [p1, q1] = r.placedHere;
    expect(p1).toMatchObject({
      placement: { kind: 'CHILDRENS_HOME', provider: 'Oakfield House', noticeId },
      placingAuthority: PLACING,
      foundAt: null,
      stillMissing: true,
      durationMinutes: (Date.parse('2026-11-30T08:00:00Z') - Date.parse('2026-11-27T16:00:00Z')) / 60_000,
      riskLevel: 'HIGH',
      riskChanges: [{ at: '2026-11-27T16:00:00.000Z', riskLevel: 'HIGH' }],
      vulnerabilities: ['CSE'],
      repeatCount: 1,
      missingElsewhere: false,
    });
    expect(q1).toMatchObject({ placement: { kind: 'SUPPORTED_ACCOMMODATION', provider: null, noticeId: null }, placingAuthority: UNNOTIFIED, stillMissing: false, durationMinutes: 210 });

    const views = await engine.db.query(`SELECT DISTINCT child_id FROM child_record_views WHERE staff_id = 'dee.director' AND purpose = 'REPORT'`);
    expect(views.rows.map((v) => v.child_id).sort()).toEqual((await Promise.all(['o1', 's1', 'p1', 'q1', 'a1'].map(childIdOf))).sort());
  });

  it('given P found after the week ended, P still counts as missing at the end of that week, with its end shown', async () => {
    await send('p1', childP, 'FOUND', '2026-11-30T07:00:00.000Z', { responsibleAuthority: PLACING, missingFrom: 'CHILDRENS_HOME', riskLevel: 'HIGH', vulnerabilities: ['CSE'] });
    const r = await report(as('READ_ONLY', 'sam.reader'));
    expect(r.placedHere[0]).toMatchObject({ policeReference: refs.p1, foundAt: '2026-11-30T07:00:00.000Z', stillMissing: true, durationMinutes: 63 * 60 });
    expect(r.summary.stillMissing).toBe(1);
    // The week after holds P's episode (not ended before its start), X's from its first minute, not S's or O's.
    const next = await report(MANAGER, '2026-11-30');
    expect([...next.ours, ...next.placedHere].map((e) => e.policeReference).sort()).toEqual([refs.p1, refs.x2].sort());
  });

  it('given a week that is not named by its Monday, the 400 names week; other roles are refused', async () => {
    for (const week of ['2026-11-24', '2026-13-02', '', 'monday']) {
      const res = await fetch(`${engine.svc.url}/v1/reports/weekly-looked-after?week=${week}`, { headers: MANAGER });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ problems: [{ field: 'week' }] });
    }
    expect((await fetch(`${engine.svc.url}/v1/reports/weekly-looked-after`, { headers: MANAGER })).status).toBe(400);
    expect((await fetch(`${engine.svc.url}/v1/reports/weekly-looked-after?week=2026-11-23`, { headers: as('PROTOCOL_ADMIN', 'alice') })).status).toBe(403);
    expect((await fetch(`${engine.svc.url}/v1/reports/weekly-looked-after?week=2026-11-23`)).status).toBe(401);
    expect((await report(as('CMO', 'casey.morgan'))).summary.episodes).toBe(5);
  });

  it("given Q's placement notice arrived under a second record that a manager merged into Q's, then Q's row shows the notice", async () => {
    const laterNotice = await notice(child('Q2'), UNNOTIFIED);
    const noticeChild = (await engine.db.query(`SELECT child_id FROM placement_notices WHERE id = $1`, [laterNotice])).rows[0].child_id;
    const merged = await fetch(`${engine.svc.url}/v1/children/${await childIdOf('q1')}/merge`, {
      method: 'POST', headers: { ...MANAGER, 'content-type': 'application/json' }, body: JSON.stringify({ mergeChildId: noticeChild }),
    });
    expect(merged.status).toBe(200);
    const q1 = (await report()).placedHere.find((e) => e.policeReference === refs.q1);
    expect(q1).toMatchObject({ placement: { provider: 'Oakfield House', noticeId: laterNotice } });
  });
});
