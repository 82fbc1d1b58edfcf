import { childKey, Topics } from '@homeward/contracts';
import { call, staffToken, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ReasonableEnquiries } from '../cme-rules';
import { EducationConfig } from '../education.config';
import { type EducationUnderTest, pupil, returns, startEducation } from '../../test-support/education-under-test';

jest.setTimeout(90_000);

const EHE = { regulation: '9', paragraph: '(1)(b)', reason: 'ELECTIVE_HOME_EDUCATION' };

describe("education-referrals: erasing a child's CME data when protocol-engine erases the child", () => {
  let kit: EducationUnderTest;
  let school: string;
  const cmo = `Bearer ${staffToken({ staffId: 'cmo.one', role: 'CMO' })}`;

  beforeAll(async () => {
    kit = await startEducation();
    school = await kit.schoolKey('140123', 'Riverside Academy');
  });
  afterAll(() => kit?.close());
  beforeEach(() => kit.clock.set('2026-11-16T10:00:00Z'));

  const asStaff = <T = Record<string, unknown>>(path: string, body?: unknown) => call<T>(`${kit.service.url}${path}`, { body, headers: { authorization: cmo } });
  const send = (kind: string, body: unknown) => call(`${kit.service.url}/v1/school-returns/${kind}`, { key: school, body });
  const caseIdOf = async (reference: unknown) => (await kit.query<{ id: string }>(`SELECT id FROM education.cme_cases WHERE reference = $1`, [reference]))[0].id;
  const keyOf = (child: { givenName: string; familyName: string; dateOfBirth: string }) => childKey(kit.service.app.get(EducationConfig).childKeySecret, child);
  /** Every row of every table in the education schema whose text holds `needle`: the proof is a search, not a list of columns. */
  const rowsHolding = async (needle: string) => {
    const tables = await kit.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'education' AND table_type = 'BASE TABLE'`);
    const hits: string[] = [];
    for (const { table_name } of tables) {
      const [{ n }] = await kit.query<{ n: number }>(`SELECT count(*)::int AS n FROM education.${table_name} t WHERE t::text ILIKE $1`, [`%${needle}%`]);
      if (n > 0) hits.push(`${table_name}: ${n}`);
    }
    return hits;
  };
  const erasure = (educationKeys: string[]) => testEnvelope('protocol.child-erased', { erasureId: randomUUID(), childId: randomUUID(), mergedChildIds: [], ingestIds: [], placementNoticeIds: [], educationKeys, erasedAt: kit.clock.now().toISOString() }, 'protocol-engine');
  const erasedBy = (erasureId: string) =>
    waitFor(async () => (await kit.query<Record<string, number>>(`SELECT cases_erased AS "casesErased", cases_kept_open AS "casesKeptOpen", returns_erased AS "returnsErased" FROM education.child_erasures WHERE erasure_id = $1`, [erasureId]))[0], {
      timeoutMs: 30_000,
      description: `erasure ${erasureId} carried out`,
    });

  /** A child with a closed case (enquiries with notes, an agency's referral), a deletion to home education, and a case still open. */
  async function childKnownToCme(tag: string) {
    const child = pupil({ givenName: `Mirela${tag}`, familyName: `Dragomir${tag}`, upn: undefined, address: { lines: [`7 Quarry${tag} Row`, 'Nottingham'], postcode: 'NG5 1AA' } });
    const parentsOf = [{ name: `Ilinca Dragomir${tag}`, relationship: 'Mother', emergencyPhone: '07700 900555', livesWithPupil: true }];
    const first = await send('absences', returns.absence({ pupil: child, parents: parentsOf }));
    const closedId = await caseIdOf(first.body.caseReference);
    const referral = { referralId: randomUUID(), source: 'HEALTH', referrer: { name: `Nurse Quill${tag}` }, child: { givenName: child.givenName, familyName: child.familyName, dateOfBirth: child.dateOfBirth }, receivedOn: '2026-11-16', reason: `Seen at Quarry${tag} clinic` };
    expect((await asStaff('/v1/cme-referrals', referral)).status).toBe(201);
    expect((await asStaff(`/v1/cme-cases/${closedId}/enquiries`, { enquiry: ReasonableEnquiries[0], madeOn: '2026-11-16', result: 'NOT_FOUND', note: `Spoke to Ilinca Dragomir${tag}` })).status).toBe(201);
    expect((await asStaff(`/v1/cme-cases/${closedId}/outcome`, { outcome: 'ON_ROLL_ELSEWHERE', resolvedOn: '2026-11-16', school: { name: 'Hillside School', urn: '123987' }, schoolInArea: true })).status).toBe(200);
    expect((await send('deletions', returns.deletion({ pupil: child, parents: parentsOf, ground: EHE, deletionDate: '2026-11-16' }))).status).toBe(202);
    const reopened = await send('absences', returns.absence({ pupil: child, parents: parentsOf }));
    const openId = await caseIdOf(reopened.body.caseReference);
    expect(openId).not.toBe(closedId);
    return { child, closedId, openId, key: keyOf(child) };
  }

  it("erases the closed case, its returns, referral and notes, and the home-education deletion; keeps the open case until it closes, then erases it; the figures are the same; another child's case is untouched", async () => {
    const tag = randomUUID().slice(0, 6);
    const { child, closedId, openId, key } = await childKnownToCme(tag);
    const other = await send('absences', returns.absence({ pupil: pupil({ givenName: 'Tobias', familyName: `Other${tag}`, upn: undefined }) }));
    const needles = [child.givenName, child.familyName, `Quarry${tag}`, `Quill${tag}`];
    for (const needle of needles) expect(await rowsHolding(needle)).not.toEqual([]);
    const figures = () => asStaff('/v1/cme-figures?from=2026-09-01&to=2026-12-31');
    const figuresBefore = (await figures()).body;
    const registered = async () => ((await asStaff<{ name: string; basis: string }[]>('/v1/children-not-in-school')).body).filter((c) => c.name === `${child.givenName} ${child.familyName}`).map((c) => c.basis).sort();
    // One line per child: home education, from the deletion.
    expect(await registered()).toEqual(['ELECTIVE_HOME_EDUCATION']);

    const envelope = erasure([key]);
    await kit.env.publish(Topics.childErased, envelope, envelope.data.childId as string);
    expect(await erasedBy(envelope.data.erasureId as string)).toEqual({ casesErased: 1, casesKeptOpen: 1, returnsErased: 2 });

    const closed = await asStaff(`/v1/cme-cases/${closedId}`);
    expect(closed.body).toMatchObject({ status: 'CLOSED', name: null, dateOfBirth: null, upn: null, pupil: {}, erasedAt: '2026-11-16T10:00:00.000Z', outcome: 'ON_ROLL_ELSEWHERE', schoolDaysMissing: expect.any(Number) });
    expect(closed.body.returns).toEqual([expect.objectContaining({ kind: 'ABSENCE', body: expect.not.objectContaining({ pupil: expect.anything() }) })]);
    expect(closed.body.referrals).toEqual([expect.objectContaining({ source: 'HEALTH', body: { referralId: expect.any(String), source: 'HEALTH', receivedOn: '2026-11-16' } })]);
    expect((closed.body.enquiries as { note?: string }[]).map((e) => e.note ?? null)).toEqual([null]);
    const open = await asStaff(`/v1/cme-cases/${openId}`);
    expect(open.body).toMatchObject({ status: 'OPEN', name: `${child.givenName} ${child.familyName}`, erasedAt: null });
    // The deletion no longer names them; the open case keeps them on the register while it is open.
    expect(await registered()).toEqual(['MISSING_EDUCATION']);
    expect((await figures()).body).toEqual(figuresBefore);

    // The s436A duty ends with the case: its outcome erases what it still held.
    await asStaff(`/v1/cme-cases/${openId}/enquiries`, { enquiry: 'HOME_VISIT', madeOn: '2026-11-16', result: 'FOUND', note: `Found at Quarry${tag} Row` });
    expect((await asStaff(`/v1/cme-cases/${openId}/outcome`, { outcome: 'PLACE_ARRANGED', resolvedOn: '2026-11-16', school: { name: 'Hillside School', urn: '123987' } })).status).toBe(200);
    for (const needle of needles) expect({ needle, rows: await rowsHolding(needle) }).toEqual({ needle, rows: [] });
    expect((await asStaff(`/v1/cme-cases/${openId}`)).body).toMatchObject({ status: 'CLOSED', name: null, outcome: 'PLACE_ARRANGED', erasedAt: expect.any(String) });
    expect((await asStaff(`/v1/cme-cases/${await caseIdOf(other.body.caseReference)}`)).body).toMatchObject({ name: `Tobias Other${tag}`, erasedAt: null });
    // The same name and date of birth from a school later is a new child, as protocol-engine treats a later report.
    const later = await send('absences', returns.absence({ pupil: child }));
    expect(later.status).toBe(202);
    expect((await asStaff(`/v1/cme-cases/${await caseIdOf(later.body.caseReference)}`)).body).toMatchObject({ status: 'OPEN', name: `${child.givenName} ${child.familyName}` });
  });

  it('given the same erasure delivered twice, then it is carried out once', async () => {
    const tag = randomUUID().slice(0, 6);
    const { key } = await childKnownToCme(tag);
    const envelope = erasure([key]);
    const childId = envelope.data.childId as string;
    await kit.env.publish(Topics.childErased, envelope, childId);
    await kit.env.publish(Topics.childErased, envelope, childId);
    // A later erasure on the same key proves both copies were consumed before we count.
    const marker = erasure([]);
    await kit.env.publish(Topics.childErased, marker, childId);
    await erasedBy(marker.data.erasureId as string);
    expect(await kit.query(`SELECT count(*)::int AS n FROM education.inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 1 }]);
    expect(await kit.query(`SELECT cases_erased::int AS n FROM education.child_erasures WHERE erasure_id = $1`, [envelope.data.erasureId])).toEqual([{ n: 1 }]);
    expect(await rowsHolding(`Quill${tag}`)).toEqual([]);
  });

  it("given the consumer's connection killed mid-work (waiting on the closed case), then the redelivery erases it once", async () => {
    const tag = randomUUID().slice(0, 6);
    const { key, closedId, openId } = await childKnownToCme(tag);
    const envelope = erasure([key]);
    // Holds the closed case's row in an open transaction: the consumer, finding the child's cases, waits on it.
    const holder = new Client({ connectionString: kit.env.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM education.cme_cases WHERE id = $1 FOR UPDATE`, [closedId]);
      await kit.env.publish(Topics.childErased, envelope, envelope.data.childId as string);
      const pid = await waitFor(
        async () => (await kit.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%cme_cases%FOR UPDATE%' AND pid <> pg_backend_pid()`))[0]?.pid,
        { timeoutMs: 30_000, description: 'the consumer waiting on the closed case' },
      );
      await kit.query(`SELECT pg_terminate_backend($1)`, [pid]);
      expect(await kit.query(`SELECT count(*)::int AS n FROM education.inbox WHERE message_id = $1`, [envelope.id])).toEqual([{ n: 0 }]);
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    expect(await erasedBy(envelope.data.erasureId as string)).toEqual({ casesErased: 1, casesKeptOpen: 1, returnsErased: 2 });
    expect(await kit.query(`SELECT count(*)::int AS n FROM education.child_erasures WHERE erasure_id = $1`, [envelope.data.erasureId])).toEqual([{ n: 1 }]);
    expect(await kit.query(`SELECT erase_on_close FROM education.cme_cases WHERE id = $1`, [openId])).toEqual([{ erase_on_close: envelope.data.erasureId }]);
    expect(await rowsHolding(`Quill${tag}`)).toEqual([]);
  });
});
