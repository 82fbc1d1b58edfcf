import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';
import type { YearlyFiguresView } from './yearly-figures.views';

/** The board reads the year after it ends; tokens are judged by the engine's clock, so signed then. */
const ASKED_AT = '2027-04-20T09:00:00.000Z';
const as = (role: StaffRole, staffId: string) => ({ authorization: `Bearer ${staffToken({ staffId, role }, undefined, { now: new Date(ASKED_AT) })}` });
const MANAGER = as('MANAGER', 'jordan.lee');
const counts = (notifications: number, episodes: number, children: number, repeatEpisodes = 0, repeatChildren = 0) => ({ notifications, episodes, children, repeatEpisodes, repeatChildren });

describe('protocol-engine: the yearly and board figures of a financial year', () => {
  let engine: Engine;
  const tag = randomUUID().slice(0, 6);
  const [childA, childB, childC] = [aChild(), aChild(), aChild()];

  /** One police message, decided as it happens (the clock five minutes after). */
  async function send(ref: string, child: NotificationReceivedV1['child'], type: NotificationReceivedV1['type'], at: string, force = 'NOTTS') {
    const policeReference = `YF/${ref}/${tag}`;
    engine.clock.set(new Date(Date.parse(at) + 5 * 60_000).toISOString());
    const before = (await engine.decisionsFor(policeReference)).length;
    await engine.publish(notification({ child, type, occurredAt: at, policeReference, force, ...(type === 'CANCELLED' && { cancellation: { reason: 'MADE_IN_ERROR' } }) }));
    if (type === 'CANCELLED') {
      await waitFor(async () => ((await engine.db.query(`SELECT 1 FROM episodes WHERE police_reference = $1 AND withdrawn_at IS NOT NULL`, [policeReference])).rowCount ? true : undefined), { description: `${ref} withdrawn` });
    } else await engine.waitForDecisions(policeReference, before + 1);
  }
  const figures = (year: string, headers = MANAGER) => fetch(`${engine.svc.url}/v1/reports/yearly-figures?year=${year}`, { headers });

  beforeAll(async () => {
    engine = await startEngine();
    // Last year's: 23:30 BST on 31 March is still 31 March in London (22:30 UTC).
    await send('a0', childA, 'MISSING_REPORTED', '2026-03-31T22:30:00.000Z');
    await send('a0', childA, 'FOUND', '2026-03-31T22:50:00.000Z');
    // A: from 00:30 BST on 1 April (still 31 March in UTC): April's, and the year's first.
    await send('a1', childA, 'MISSING_REPORTED', '2026-03-31T23:30:00.000Z');
    await send('a1', childA, 'RISK_UPDATED', '2026-04-01T06:00:00.000Z');
    await send('a1', childA, 'FOUND', '2026-04-01T09:00:00.000Z');
    // A again in May (a repeat) and in October from 00:30 BST on 1 October, found after the clocks go back.
    await send('a2', childA, 'MISSING_REPORTED', '2026-05-10T10:00:00.000Z', 'WYP');
    await send('a2', childA, 'FOUND', '2026-05-10T20:00:00.000Z', 'WYP');
    await send('a3', childA, 'MISSING_REPORTED', '2026-09-30T23:30:00.000Z');
    await send('a3', childA, 'FOUND', '2026-10-26T10:00:00.000Z');
    // B: once in May, and a report withdrawn in June (counted nowhere).
    await send('b1', childB, 'MISSING_REPORTED', '2026-05-20T10:00:00.000Z');
    await send('b1', childB, 'FOUND', '2026-05-21T10:00:00.000Z');
    await send('b2', childB, 'MISSING_REPORTED', '2026-06-02T10:00:00.000Z');
    await send('b2', childB, 'CANCELLED', '2026-06-02T12:00:00.000Z');
    // C: twice in March 2027, the second from 23:30 BST on 31 March, the year's last hour (March's).
    await send('c1', childC, 'MISSING_REPORTED', '2027-03-05T10:00:00.000Z', 'WYP');
    await send('c1', childC, 'FOUND', '2027-03-05T12:00:00.000Z', 'WYP');
    await send('c2', childC, 'MISSING_REPORTED', '2027-03-31T22:30:00.000Z', 'WYP');
    // Next year's: 00:30 BST on 1 April 2027.
    await send('c3', childC, 'MISSING_REPORTED', '2027-03-31T23:30:00.000Z', 'WYP');
    engine.clock.set(ASKED_AT);
  }, 120_000);
  afterAll(async () => engine?.close());

  it('given the history, the year is counted exactly by London month and by force, with repeat missing', async () => {
    const res = await figures('2026');
    expect(res.status).toBe(200);
    const body = (await res.json()) as YearlyFiguresView;
    expect(body).toMatchObject({ year: 2026, start: '2026-04-01', end: '2027-03-31', asOf: ASKED_AT, homeAuthority: 'E10000024' });
    // 12 notifications (b2's two are withdrawn with it), 6 episodes of 3 children; A's 2nd and 3rd and C's 2nd are repeats.
    expect(body.total).toEqual(counts(12, 6, 3, 3, 2));
    expect(body.byMonth.map((m) => [m.month, counts(m.notifications, m.episodes, m.children, m.repeatEpisodes, m.repeatChildren)])).toEqual([
      ['2026-04', counts(3, 1, 1)],
      ['2026-05', counts(4, 2, 2, 1, 1)],
      ['2026-06', counts(0, 0, 0)],
      ['2026-07', counts(0, 0, 0)],
      ['2026-08', counts(0, 0, 0)],
      ['2026-09', counts(0, 0, 0)],
      ['2026-10', counts(2, 1, 1, 1, 1)],
      ['2026-11', counts(0, 0, 0)],
      ['2026-12', counts(0, 0, 0)],
      ['2027-01', counts(0, 0, 0)],
      ['2027-02', counts(0, 0, 0)],
      ['2027-03', counts(3, 2, 1, 1, 1)],
    ]);
    expect(body.byForce).toEqual([
      { force: 'NOTTS', ...counts(7, 3, 2, 1, 1) },
      { force: 'WYP', ...counts(5, 3, 2, 2, 2) },
    ]);
  });

  it('given last year, only its last night is there', async () => {
    const body = (await (await figures('2025')).json()) as YearlyFiguresView;
    expect(body.total).toEqual(counts(2, 1, 1));
    expect(body.byMonth.find((m) => m.month === '2026-03')).toMatchObject(counts(2, 1, 1));
  });

  it('given a year that is not one, 400 naming the field; a role without reports is refused', async () => {
    const bad = await figures('26');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ problems: [{ field: 'year' }] });
    expect((await figures('2026', as('PROTOCOL_ADMIN', 'alice'))).status).toBe(403);
    expect((await fetch(`${engine.svc.url}/v1/reports/yearly-figures?year=2026`)).status).toBe(401);
  });
});
