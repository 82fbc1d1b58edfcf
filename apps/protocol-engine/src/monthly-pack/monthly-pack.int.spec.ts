import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role })}` });
const MANAGER = as('MANAGER', 'jordan.lee');

interface Pack {
  month: string;
  previousMonth: string;
  children: { childId: string; familyName: string; reasons: { criterion: string; reason: string }[]; episodes: { policeReference: string; foundAt: string | null; riskLevel: string; vulnerabilities: string[]; foundLocation: string | null }[] }[];
  hotspots: { by: string; key: string; label: string; reports: number; foundReports: number; lastSeenReports: number; reportsMonthBefore: number; change: number; episodes: number; children: { familyName: string }[] }[];
}

describe('protocol-engine: the monthly multi-agency meeting pack, its children and hotspots', () => {
  let engine: Engine;
  const tag = randomUUID().slice(0, 6);
  const named = (familyName: string) => ({ ...aChild(), familyName: `${familyName}-${tag}` });
  const [adams, brown, clarke, doyle] = [named('Adams'), named('Brown'), named('Clarke'), named('Doyle')];
  const refs: Record<string, string> = {};

  /** One police message, decided as it happens. */
  async function send(name: string, child: NotificationReceivedV1['child'], type: NotificationReceivedV1['type'], at: string, extra: Partial<NotificationReceivedV1> = {}) {
    refs[name] ??= `NT/MP/${name}/${tag}`;
    engine.clock.set(new Date(Date.parse(at) + 5 * 60_000).toISOString());
    const before = (await engine.decisionsFor(refs[name])).length;
    await engine.publish(notification({ child, type, occurredAt: at, policeReference: refs[name], ...extra }));
    await engine.waitForDecisions(refs[name], before + 1);
  }
  const pack = async (month: string, headers: Record<string, string> = MANAGER) => fetch(`${engine.svc.url}/v1/reports/monthly-pack?month=${month}`, { headers });
  const at = (postcode?: string, description?: string) => ({ location: { postcode, description } });

  beforeAll(async () => {
    engine = await startEngine();
    // Doyle: last seen at the bus station at 23:30 on 31 October (GMT: still October in London), found in Hockley at 00:30 on 1 November.
    await send('d1', doyle, 'MISSING_REPORTED', '2026-10-31T23:30:00.000Z', at('NG1 6DN', 'Victoria Bus Station'));
    await send('d1', doyle, 'FOUND', '2026-11-01T00:30:00.000Z', at(undefined, 'Hockley'));
    // Adams: three episodes in November, so persistent missing (the monthly meeting's list).
    await send('a1', adams, 'MISSING_REPORTED', '2026-11-02T10:00:00.000Z', at('NG1 6DN', 'Victoria Bus Station'));
    await send('a1', adams, 'FOUND', '2026-11-02T20:00:00.000Z', at('ng16dn', 'victoria bus station.'));
    await send('a2', adams, 'MISSING_REPORTED', '2026-11-09T10:00:00.000Z', at(undefined, 'Hockley'));
    await send('a2', adams, 'FOUND', '2026-11-09T20:00:00.000Z', at('NG7'));
    await send('a3', adams, 'MISSING_REPORTED', '2026-11-20T10:00:00.000Z', at('NG2 1AA', 'Market Square'));
    // Brown: a CSE flag (the CSE meeting's list), found at the bus station.
    await send('b1', brown, 'MISSING_REPORTED', '2026-11-05T10:00:00.000Z', { ...at('NG1 5AB'), vulnerabilities: ['CSE'] });
    await send('b1', brown, 'FOUND', '2026-11-06T10:00:00.000Z', { ...at(undefined, 'Victoria Bus Station'), vulnerabilities: ['CSE'] });
    // Clarke: graded high risk by the police.
    await send('c1', clarke, 'MISSING_REPORTED', '2026-11-10T10:00:00.000Z', { ...at('NG2 1AA', 'Market Square'), riskLevel: 'HIGH' });
    await send('c1', clarke, 'FOUND', '2026-11-11T10:00:00.000Z', { riskLevel: 'HIGH' });
    // In December, nothing of November counts.
    await send('x1', named('Evans'), 'MISSING_REPORTED', '2026-12-01T00:30:00.000Z', at('NG1 6DN', 'Victoria Bus Station'));
  }, 120_000);
  afterAll(async () => engine?.close());

  it('given November, then the children are those meeting a criterion, each with their reasons and episodes', async () => {
    const res = await pack('2026-11');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Pack;
    expect(body).toMatchObject({ month: '2026-11', previousMonth: '2026-10' });
    expect(body.children.map((c) => [c.familyName, c.reasons.map((r) => r.criterion), c.episodes.map((e) => e.policeReference)])).toEqual([
      [adams.familyName, ['MONTHLY_MEETING'], [refs.a1, refs.a2, refs.a3]],
      [brown.familyName, ['CSE_MEETING'], [refs.b1]],
      [clarke.familyName, ['HIGH_RISK'], [refs.c1]],
    ]);
    const [a1, , a3] = body.children[0].episodes;
    expect(a1).toMatchObject({ foundAt: '2026-11-02T20:00:00.000Z', foundLocation: 'victoria bus station., ng16dn' });
    expect(a3).toMatchObject({ foundAt: null, foundLocation: null });
    expect(body.children[1].episodes[0]).toMatchObject({ vulnerabilities: ['CSE'], foundLocation: 'Victoria Bus Station' });
  });

  it('given November, then hotspots are places named twice or more, by postcode district then described place, with the change since October', async () => {
    const body = (await (await pack('2026-11')).json()) as Pack;
    expect(body.hotspots.map(({ children, ...h }) => ({ ...h, children: children.map((c) => c.familyName).sort() }))).toEqual([
      { by: 'POSTCODE_DISTRICT', key: 'NG1', label: 'NG1', reports: 3, foundReports: 1, lastSeenReports: 2, reportsMonthBefore: 1, change: 2, episodes: 2, children: [adams.familyName, brown.familyName] },
      { by: 'POSTCODE_DISTRICT', key: 'NG2', label: 'NG2', reports: 2, foundReports: 0, lastSeenReports: 2, reportsMonthBefore: 0, change: 2, episodes: 2, children: [adams.familyName, clarke.familyName] },
      { by: 'PLACE', key: 'victoria bus station', label: 'Victoria Bus Station', reports: 3, foundReports: 2, lastSeenReports: 1, reportsMonthBefore: 1, change: 2, episodes: 2, children: [adams.familyName, brown.familyName] },
      { by: 'PLACE', key: 'hockley', label: 'Hockley', reports: 2, foundReports: 1, lastSeenReports: 1, reportsMonthBefore: 0, change: 2, episodes: 2, children: [adams.familyName, doyle.familyName] },
      { by: 'PLACE', key: 'market square', label: 'Market Square', reports: 2, foundReports: 0, lastSeenReports: 2, reportsMonthBefore: 0, change: 2, episodes: 2, children: [adams.familyName, clarke.familyName] },
    ]);
  });

  it('given a manager read the pack, then every child it names is recorded as viewed for a report', async () => {
    await pack('2026-11', as('MANAGER', `viewer-${tag}`));
    const childIds = await engine.db.query(`SELECT DISTINCT child_id FROM child_record_views WHERE staff_id = $1 AND purpose = 'REPORT'`, [`viewer-${tag}`]);
    const named = await engine.db.query(`SELECT DISTINCT child_id FROM episodes WHERE police_reference = ANY($1)`, [[refs.a1, refs.b1, refs.c1, refs.d1]]);
    expect(childIds.rows.map((r) => r.child_id).sort()).toEqual(named.rows.map((r) => r.child_id).sort());
  });

  it('given a bad month, a protocol admin or no sign-in, then it is refused and names why', async () => {
    const bad = await pack('2026-13');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['month']);
    expect((await pack('2026-11', as('PROTOCOL_ADMIN', 'alice'))).status).toBe(403);
    expect((await fetch(`${engine.svc.url}/v1/reports/monthly-pack?month=2026-11`)).status).toBe(401);
  });
});
