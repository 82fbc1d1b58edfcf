import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}`, 'content-type': 'application/json' });
const CMO = as('CMO', 'casey.morgan');
const MANAGER = as('MANAGER', 'jordan.lee');
const READER = as('READ_ONLY', 'sam.taylor');
/** An authority code no other suite uses, so only this history is "ours". */
const HOME = 'E09000903';

interface ReturnView {
  year: number;
  valid: boolean;
  summary: Record<string, number>;
  failures: { code: string; message: string; episodeId: string; policeReference: string; childId: string; fields: string[] }[];
  rows: { episodeId: string; policeReference: string; childId: string; row: Record<string, string | null>; defaulted: boolean; kindSetBy: string | null }[];
}

describe('protocol-engine: the SSDA903 Missing return of our looked-after children', () => {
  let engine: Engine;
  const tag = randomUUID().slice(0, 6);
  const ours = (id: string, extra: Partial<NotificationReceivedV1['child']> = {}) => ({ ...aChild(), localAuthorityId: `${id}-${tag}`, ...extra });
  const [childA, childB, childF] = [ours('A'), ours('B'), ours('F')];
  const childE = { givenName: `Eve${tag}`, familyName: 'Nolan', dateOfBirth: '2013-09-30' };
  const lookedAfter = { careStatus: 'LOOKED_AFTER' as const, responsibleAuthority: HOME };
  const refs: Record<string, string> = {};

  /** One police message, decided as it happens (the clock five minutes after). */
  async function send(name: string, child: NotificationReceivedV1['child'], type: NotificationReceivedV1['type'], at: string, extra: Partial<NotificationReceivedV1> = {}) {
    refs[name] ??= `NT/903/${name}/${tag}`;
    engine.clock.set(new Date(Date.parse(at) + 5 * 60_000).toISOString());
    const before = (await engine.decisionsFor(refs[name])).length;
    await engine.publish(notification({ child, type, occurredAt: at, policeReference: refs[name], ...lookedAfter, ...extra }));
    if (type !== 'CORRECTED') await engine.waitForDecisions(refs[name], before + 1);
  }
  const report = async (headers: Record<string, string> = MANAGER, year = '2026'): Promise<ReturnView> => {
    const res = await fetch(`${engine.svc.url}/v1/reports/ssda903-missing?year=${year}`, { headers });
    expect(res.status).toBe(200);
    return (await res.json()) as ReturnView;
  };
  const episodeId = async (name: string): Promise<string> => (await engine.db.query(`SELECT id FROM episodes WHERE police_reference = $1`, [refs[name]])).rows[0].id;
  const childIdOf = async (name: string): Promise<string> => (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [refs[name]])).rows[0].child_id;
  const setKind = (name: string, kind: unknown, headers = CMO) =>
    episodeId(name).then((id) => fetch(`${engine.svc.url}/v1/episodes/${id}/ssda903-absence-kind`, { method: 'PUT', headers, body: JSON.stringify({ kind }) }));

  beforeAll(async () => {
    engine = await startEngine({ env: { HOME_AUTHORITY_CODE: HOME } });
    // A: missing over the year's start (found 00:30 BST on 1 April), then a VERY_LOW ("absent") episode in May.
    await send('a1', childA, 'MISSING_REPORTED', '2026-03-20T10:00:00.000Z');
    await send('a1', childA, 'FOUND', '2026-03-31T23:30:00.000Z');
    await send('a2', childA, 'MISSING_REPORTED', '2026-05-01T18:00:00.000Z', { riskLevel: 'VERY_LOW' });
    await send('a2', childA, 'FOUND', '2026-05-02T08:00:00.000Z', { riskLevel: 'VERY_LOW' });
    // B: an episode over by 23:30 BST on 31 March (last year), one from 00:30 BST on 1 April, and one still open from 31 March 2027.
    await send('b0', childB, 'MISSING_REPORTED', '2026-03-31T21:00:00.000Z');
    await send('b0', childB, 'FOUND', '2026-03-31T22:30:00.000Z');
    await send('b1', childB, 'MISSING_REPORTED', '2026-03-31T23:30:00.000Z', { riskLevel: 'LOW' });
    await send('b1', childB, 'FOUND', '2026-04-01T09:00:00.000Z', { riskLevel: 'LOW' });
    await send('b2', childB, 'MISSING_REPORTED', '2027-03-31T20:00:00.000Z', { riskLevel: 'HIGH' });
    // F: a missing report never closed by the police, then another episode: check 574.
    await send('f1', childF, 'MISSING_REPORTED', '2026-06-01T10:00:00.000Z');
    await send('f2', childF, 'MISSING_REPORTED', '2026-06-05T10:00:00.000Z');
    await send('f2', childF, 'FOUND', '2026-06-06T10:00:00.000Z');
    // E: no LA id from the police: no 903 identifier.
    await send('e1', childE, 'MISSING_REPORTED', '2026-07-01T10:00:00.000Z');
    await send('e1', childE, 'FOUND', '2026-07-01T20:00:00.000Z');
    // Not ours: placed here by another authority, and a child in need.
    await send('c1', ours('C'), 'MISSING_REPORTED', '2026-05-10T10:00:00.000Z', { responsibleAuthority: 'E08000032' });
    await send('d1', ours('D'), 'MISSING_REPORTED', '2026-05-11T10:00:00.000Z', { careStatus: 'CHILD_IN_NEED' });
  }, 120_000);
  afterAll(async () => engine?.close());

  it('given the history, the rows are exactly our looked-after episodes in the year (London dates), M/A defaulted from the gradings, and the faults are named by episode', async () => {
    const table = await report();
    expect(table.rows.map((r) => [r.policeReference, r.row, r.defaulted])).toEqual([
      [refs.a1, { CHILD: `A-${tag}`, DOB: '04/05/2012', MISSING: 'M', MIS_START: '20/03/2026', MIS_END: '01/04/2026' }, true],
      [refs.a2, { CHILD: `A-${tag}`, DOB: '04/05/2012', MISSING: 'A', MIS_START: '01/05/2026', MIS_END: '02/05/2026' }, true],
      [refs.b1, { CHILD: `B-${tag}`, DOB: '04/05/2012', MISSING: 'M', MIS_START: '01/04/2026', MIS_END: '01/04/2026' }, true],
      [refs.b2, { CHILD: `B-${tag}`, DOB: '04/05/2012', MISSING: 'M', MIS_START: '31/03/2027', MIS_END: null }, true],
      [refs.f1, { CHILD: `F-${tag}`, DOB: '04/05/2012', MISSING: 'M', MIS_START: '01/06/2026', MIS_END: null }, true],
      [refs.f2, { CHILD: `F-${tag}`, DOB: '04/05/2012', MISSING: 'M', MIS_START: '05/06/2026', MIS_END: '06/06/2026' }, true],
      [refs.e1, { CHILD: null, DOB: '30/09/2013', MISSING: 'M', MIS_START: '01/07/2026', MIS_END: '01/07/2026' }, true],
    ]);
    expect(table.failures.map((f) => [f.code, f.policeReference])).toEqual([
      ['574', refs.f2],
      ['HW-CHILD', refs.e1],
    ]);
    expect(table.failures[0]).toEqual({
      code: '574',
      message:
        'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
      source: 'DFE',
      fields: ['MIS_START', 'MIS_END'],
      episodeId: await episodeId('f2'),
      policeReference: refs.f2,
      childId: await childIdOf('f2'),
    });
    expect(table).toMatchObject({ year: 2026, valid: false, summary: { rows: 7, children: 4, missing: 6, away: 1, defaulted: 7, openAtYearEnd: 2, failures: 2 } });
    // Each child in it is recorded as read by the manager, for a report.
    const views = await engine.db.query(`SELECT DISTINCT child_id FROM child_record_views WHERE staff_id = 'jordan.lee' AND purpose = 'REPORT'`);
    expect(views.rows.map((r) => r.child_id).sort()).toEqual([await childIdOf('a1'), await childIdOf('b1'), await childIdOf('f1'), await childIdOf('e1')].sort());
  });

  it('given the file fails checks, the CSV is refused with 422 and the failures', async () => {
    const res = await fetch(`${engine.svc.url}/v1/reports/ssda903-missing.csv?year=2026`, { headers: MANAGER });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { failures: { code: string; policeReference: string }[] };
    expect(body.failures.map((f) => [f.code, f.policeReference])).toEqual([
      ['574', refs.f2],
      ['HW-CHILD', refs.e1],
    ]);
  });

  it('given staff set M/A, the row says so and is no longer defaulted; READ_ONLY may read but not set; a bad kind or episode is refused', async () => {
    const res = await setKind('a2', 'M');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ episodeId: await episodeId('a2'), kind: 'M', defaultKind: 'A', setBy: 'casey.morgan' });
    expect((await setKind('b2', 'A', MANAGER)).status).toBe(200);
    expect((await setKind('b1', 'A', READER)).status).toBe(403);
    const bad = await setKind('b1', 'X');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ problems: [{ field: 'kind' }] });
    expect((await fetch(`${engine.svc.url}/v1/episodes/${randomUUID()}/ssda903-absence-kind`, { method: 'PUT', headers: CMO, body: '{"kind":"M"}' })).status).toBe(404);

    const table = await report(READER);
    const byRef = new Map(table.rows.map((r) => [r.policeReference, r]));
    expect(byRef.get(refs.a2)).toMatchObject({ row: { MISSING: 'M' }, defaulted: false, kindSetBy: 'casey.morgan' });
    expect(byRef.get(refs.b2)).toMatchObject({ row: { MISSING: 'A' }, defaulted: false, kindSetBy: 'jordan.lee' });
    expect(table.summary).toMatchObject({ missing: 6, away: 1, defaulted: 5 });
    // Set again: the latest counts, the history is kept.
    expect((await setKind('a2', 'A')).status).toBe(200);
    expect((await report()).rows.find((r) => r.policeReference === refs.a2)?.row.MISSING).toBe('A');
    expect((await engine.db.query(`SELECT kind FROM ssda903_absence_kinds WHERE episode_id = $1 ORDER BY seq`, [await episodeId('a2')])).rows).toEqual([{ kind: 'M' }, { kind: 'A' }]);
  });

  it('given the police close F\'s first episode and correct E\'s LA id, the table passes and the CSV is exactly the DfE file', async () => {
    await send('f1', childF, 'FOUND', '2026-06-03T10:00:00.000Z');
    await send('e1', { ...childE, localAuthorityId: `E-${tag}` }, 'CORRECTED', '2026-07-02T10:00:00.000Z');
    await waitFor(async () => ((await engine.db.query(`SELECT local_authority_id FROM children WHERE id = $1`, [await childIdOf('e1')])).rows[0]?.local_authority_id ? true : undefined), {
      description: "E's LA id corrected",
    });
    const table = await report();
    expect(table.failures).toEqual([]);
    expect(table.valid).toBe(true);

    const res = await fetch(`${engine.svc.url}/v1/reports/ssda903-missing.csv?year=2026`, { headers: CMO });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ssda903-missing-2026-27.csv"');
    expect(await res.text()).toBe(
      [
        'CHILD,DOB,MISSING,MIS_START,MIS_END',
        `A-${tag},04/05/2012,M,20/03/2026,01/04/2026`,
        `A-${tag},04/05/2012,A,01/05/2026,02/05/2026`,
        `B-${tag},04/05/2012,M,01/04/2026,01/04/2026`,
        `B-${tag},04/05/2012,A,31/03/2027,`,
        `E-${tag},30/09/2013,M,01/07/2026,01/07/2026`,
        `F-${tag},04/05/2012,M,01/06/2026,03/06/2026`,
        `F-${tag},04/05/2012,M,05/06/2026,06/06/2026`,
        '',
      ].join('\r\n'),
    );
  });

  it('given last year, the episode open at its end is there with a blank end; a year that is not one is refused', async () => {
    const last = await report(MANAGER, '2025');
    expect(last.rows.map((r) => [r.policeReference, r.row.MIS_START, r.row.MIS_END])).toEqual([
      [refs.a1, '20/03/2026', null],
      [refs.b0, '31/03/2026', '31/03/2026'],
    ]);
    const bad = await fetch(`${engine.svc.url}/v1/reports/ssda903-missing?year=26`, { headers: MANAGER });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ problems: [{ field: 'year' }] });
    expect((await fetch(`${engine.svc.url}/v1/reports/ssda903-missing?year=2026`, { headers: as('PROTOCOL_ADMIN', 'alice') })).status).toBe(403);
  });
});
