import type { NotificationReceivedV1 } from '@homeward/contracts';
import type { StaffRole } from '@homeward/platform';
import { staffToken } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { ADMIN_KEY, aChild, Engine, notification, startEngine } from '../testing/engine-test-kit';

const as = (role: StaffRole, staffId = `${role.toLowerCase().replace('_', '.')}.1`) => ({ authorization: `Bearer ${staffToken({ staffId, role })}` });
const READER = as('READ_ONLY', 'sam.taylor');
const MANAGER = as('MANAGER', 'jordan.lee');
const CMO = as('CMO', 'casey.morgan');

interface Summary {
  id: string;
  givenName: string;
  familyName: string;
  ageYears: number;
  riskLevel: string;
  vulnerabilities: string[];
  openEpisode: boolean;
  careStatus: string;
}
interface Decision {
  id: string;
  cause: string;
  protocolVersion: { id: string; version: string; name: string };
  rulesFired: { id: string; description: string }[];
  actions: { type: string; priority: string; dueAt: string }[];
}
interface Episode {
  policeReference: string;
  status: string;
  durationMinutes: number;
  riskLevel: string;
  policeRiskLevel: string;
  notifications: { type: string; location: unknown; found: unknown }[];
  decisions: Decision[];
}
interface ChildRecord extends Summary {
  repeatCount: number;
  repeatWindowDays: number;
  episodes: Episode[];
}

describe('protocol-engine: children\'s records for staff, every read recorded', () => {
  let engine: Engine;
  // DOMAIN example 3: a child missing from 1, 12 and 25 June, each time found 12 hours later.
  const june = { ...aChild(), gender: 'F' };
  const juneRefs: string[] = [];
  let juneChildId: string;

  beforeAll(async () => {
    engine = await startEngine();
    // Before the history, so no time-based rule comes due while it is decided.
    engine.clock.set('2025-05-31T00:00:00Z');
    for (const day of ['01', '12', '25']) {
      const missing = notification({ child: june, occurredAt: `2025-06-${day}T18:00:00.000Z`, location: { postcode: 'NG1 5AB', description: 'Last seen at Victoria bus station' } });
      juneRefs.push(missing.policeReference);
      await engine.publish(missing);
      const next = String(Number(day) + 1).padStart(2, '0');
      await engine.publish(
        notification({
          child: june,
          policeReference: missing.policeReference,
          type: 'FOUND',
          occurredAt: `2025-06-${next}T06:00:00.000Z`,
          location: { postcode: 'NG7 2RD', description: "Found at a friend's house" },
          found: { returnedTo: 'Foster carer', foundBy: 'Police', safeAndWellCheckAt: `2025-06-${next}T08:00:00.000Z`, harmSuffered: false },
        }),
      );
    }
    await engine.waitForDecisions(juneRefs[2], 2);
    juneChildId = (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [juneRefs[0]])).rows[0].child_id;
    engine.clock.set('2025-06-30T12:00:00Z');
  });
  afterAll(async () => engine?.close());

  const get = (path: string, headers: Record<string, string> = READER) => fetch(`${engine.svc.url}${path}`, { headers });
  const json = async <T>(path: string, headers?: Record<string, string>): Promise<T> => {
    const res = await get(path, headers);
    expect({ path, status: res.status }).toEqual({ path, status: 200 });
    return (await res.json()) as T;
  };
  const viewsOf = async (childId: string) =>
    (await engine.db.query(`SELECT staff_id, purpose FROM child_record_views WHERE child_id = $1 ORDER BY viewed_at, staff_id`, [childId])).rows;
  /** Publishes one notification and waits for its decision; answers the child's id. */
  const decided = async (n: NotificationReceivedV1): Promise<string> => {
    await engine.publish(n);
    await engine.waitForDecisions(n.policeReference, 1);
    return (await engine.db.query(`SELECT child_id FROM episodes WHERE police_reference = $1`, [n.policeReference])).rows[0].child_id;
  };

  it('given three episodes in June, the record lists them newest first with the repeat count in the 90-day window, locations, found details and the decisions in words', async () => {
    const record = await json<ChildRecord>(`/v1/children/${juneChildId}`);

    expect(record).toMatchObject({ id: juneChildId, givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-05-04', ageYears: 13, gender: 'F', openEpisode: false, allocatedWorker: null });
    expect({ repeatCount: record.repeatCount, repeatWindowDays: record.repeatWindowDays }).toEqual({ repeatCount: 3, repeatWindowDays: 90 });
    expect(record.episodes.map((e) => e.policeReference)).toEqual([...juneRefs].reverse());
    expect(record.episodes.every((e) => e.status === 'FOUND' && e.durationMinutes === 12 * 60)).toBe(true);

    const [third, second] = record.episodes;
    expect(third.notifications).toEqual([
      { type: 'MISSING_REPORTED', occurredAt: '2025-06-25T18:00:00.000Z', riskLevel: 'MEDIUM', location: { postcode: 'NG1 5AB', description: 'Last seen at Victoria bus station' }, found: null },
      {
        type: 'FOUND',
        occurredAt: '2025-06-26T06:00:00.000Z',
        riskLevel: 'MEDIUM',
        location: { postcode: 'NG7 2RD', description: "Found at a friend's house" },
        found: { returnedTo: 'Foster carer', foundBy: 'Police', safeAndWellCheckAt: '2025-06-26T08:00:00.000Z', harmSuffered: false },
      },
    ]);

    // The third episode makes the child persistently missing; the second's return interview is a priority.
    const [thirdMissing, thirdFound] = third.decisions;
    expect(thirdMissing.cause).toBe('Police notification: reported missing');
    expect(thirdMissing.rulesFired).toContainEqual({ id: 'persistent-missing', description: 'Persistent missing: 3 or more episodes in a rolling 90 days' });
    // Not open to social care (care status not known): the duty and referral team is consulted too (issue 13).
    expect(thirdMissing.actions.map((a) => a.type).sort()).toEqual(['DUTY_AND_REFERRAL_CONSULTATION', 'MULTI_AGENCY_MEETING', 'RISK_MANAGEMENT_FOLLOW_UP']);
    expect(thirdFound.protocolVersion).toEqual({ id: '00000000-0000-4000-8000-000000000001', version: 'nscb-default-2', name: 'NSCB default' });
    const secondFound = second.decisions.find((d) => d.cause === 'Police notification: found');
    expect(secondFound?.rulesFired.map((r) => r.id)).toEqual(['return-interview', 'priority-return-interview']);
    expect(secondFound?.actions).toEqual([expect.objectContaining({ type: 'RETURN_INTERVIEW', priority: 'PRIORITY', dueAt: '2025-06-16T06:00:00.000Z' })]);
  });

  it('given a decision id, answers the decision with its rules in words and protocol version, for the task page', async () => {
    const record = await json<ChildRecord>(`/v1/children/${juneChildId}`);
    const found = record.episodes[2].decisions[1];
    const decision = await json<Decision & { childId: string; policeReference: string }>(`/v1/decisions/${found.id}`, CMO);
    expect(decision).toEqual({ ...found, childId: juneChildId, episodeId: expect.any(String), policeReference: juneRefs[0] });
    expect(decision.rulesFired).toEqual([{ id: 'return-interview', description: 'Child found: a return interview must be offered within 72 hours of return' }]);
    expect(decision.actions[0]).toMatchObject({ type: 'RETURN_INTERVIEW', priority: 'NORMAL', dueAt: '2025-06-05T06:00:00.000Z' });
    expect((await get(`/v1/decisions/${randomUUID()}`)).status).toBe(404);
  });

  it('given a CSE child graded LOW, shows the effective risk HIGH in the list, the search and the record; the police grading stays LOW on the episode', async () => {
    const child = { ...aChild(), givenName: 'Kaya', familyName: `Brennan${randomUUID().slice(0, 6)}` };
    const childId = await decided(notification({ child, occurredAt: '2025-06-30T08:00:00.000Z', riskLevel: 'LOW', vulnerabilities: ['CSE'] }));

    const [summary] = await json<Summary[]>(`/v1/children?ids=${childId}`);
    expect(summary).toMatchObject({ riskLevel: 'HIGH', vulnerabilities: ['CSE'], openEpisode: true });
    const [found] = await json<Summary[]>(`/v1/children/search?q=${encodeURIComponent(child.familyName)}`);
    expect(found).toMatchObject({ id: childId, riskLevel: 'HIGH' });
    const record = await json<ChildRecord>(`/v1/children/${childId}`);
    expect(record.riskLevel).toBe('HIGH');
    expect(record.episodes[0]).toMatchObject({ status: 'MISSING', riskLevel: 'HIGH', policeRiskLevel: 'LOW', durationMinutes: 4 * 60 });
  });

  it('given a list of ids for a page of tasks, answers the known children in the order asked and records one view each, for the purpose given', async () => {
    const other = await decided(notification({ child: aChild(), occurredAt: '2025-06-20T10:00:00.000Z' }));
    const listed = await json<Summary[]>(`/v1/children?ids=${other},${randomUUID()},${juneChildId}&purpose=TASK`, CMO);
    expect(listed.map((c) => c.id)).toEqual([other, juneChildId]);
    expect(listed[1]).toMatchObject({ givenName: 'Amy', careStatus: 'NOT_KNOWN', riskLevel: 'MEDIUM', openEpisode: false });
    expect(await viewsOf(other)).toEqual([{ staff_id: 'casey.morgan', purpose: 'TASK' }]);
  });

  it('given a search by police reference, LA id, date of birth (either format) or name prefixes, finds the child, and records the search views', async () => {
    const child = { givenName: 'Zephyrine', familyName: `Quill${randomUUID().slice(0, 6)}`, dateOfBirth: '2011-02-17', localAuthorityId: `LA-${randomUUID().slice(0, 8)}` };
    const n = notification({ child, occurredAt: '2025-06-29T10:00:00.000Z' });
    const childId = await decided(n);
    const search = async (q: string) => (await json<Summary[]>(`/v1/children/search?q=${encodeURIComponent(q)}`, MANAGER)).map((c) => c.id);

    for (const q of [n.policeReference, child.localAuthorityId, '2011-02-17', '17/02/2011', 'zeph', `${child.familyName.slice(0, 7).toUpperCase()} zEPHYRINE`]) {
      expect({ q, found: await search(q) }).toEqual({ q, found: [childId] });
    }
    expect(await search('Zephyrine Smith')).toEqual([]);
    expect(await search(n.policeReference.slice(0, -1))).toEqual([]);
    expect((await viewsOf(childId)).every((v) => v.staff_id === 'jordan.lee' && v.purpose === 'SEARCH')).toBe(true);
    expect(await viewsOf(childId)).toHaveLength(6);
  });

  it('given reads of a record by two people, a manager lists who viewed it, newest first; a CMO may not', async () => {
    const childId = await decided(notification({ child: aChild(), occurredAt: '2025-06-21T10:00:00.000Z' }));
    await json(`/v1/children/${childId}`, READER);
    engine.clock.advance(60_000);
    await json(`/v1/children/${childId}?purpose=TASK`, CMO);

    const views = await json<{ staffId: string; purpose: string; viewedAt: string }[]>(`/v1/children/${childId}/views`, MANAGER);
    expect(views).toEqual([
      { staffId: 'casey.morgan', purpose: 'TASK', viewedAt: engine.clock.now().toISOString() },
      { staffId: 'sam.taylor', purpose: 'RECORD', viewedAt: new Date(engine.clock.now().getTime() - 60_000).toISOString() },
    ]);
    const refused = await get(`/v1/children/${childId}/views`, CMO);
    expect({ status: refused.status, body: await refused.json() }).toEqual({ status: 403, body: { statusCode: 403, error: 'Forbidden', message: 'role CMO may not do this; needs MANAGER' } });
    expect((await get(`/v1/children/${randomUUID()}/views`, MANAGER)).status).toBe(404);
  });

  it("keeps the child's locations and found details in this schema only: not in the replayable notifications, nor in any event", async () => {
    const kept = await engine.db.query(`SELECT location_postcode, returned_to FROM notification_details WHERE child_id = $1 ORDER BY location_postcode`, [juneChildId]);
    expect(kept.rows).toEqual([
      ...Array(3).fill({ location_postcode: 'NG1 5AB', returned_to: null }),
      ...Array(3).fill({ location_postcode: 'NG7 2RD', returned_to: 'Foster carer' }),
    ]);
    const leaked = await engine.db.query(
      `SELECT (SELECT count(*) FROM applied_notifications a WHERE row_to_json(a)::text LIKE '%NG1 5AB%') AS applied,
              (SELECT count(*) FROM outbox o WHERE o.payload::text LIKE '%NG1 5AB%' OR o.payload::text LIKE '%Foster carer%') AS events`,
    );
    expect(leaked.rows[0]).toEqual({ applied: '0', events: '0' });
  });

  it('given no token, an admin key, or a bad one, answers 401 on every staff read; bad input answers 400 naming the field', async () => {
    const paths = [`/v1/children?ids=${juneChildId}`, '/v1/children/search?q=amy', `/v1/children/${juneChildId}`, `/v1/children/${juneChildId}/views`, `/v1/decisions/${randomUUID()}`];
    const refused: Record<string, string>[] = [{}, { authorization: `Bearer ${ADMIN_KEY}` }, { authorization: 'Bearer not.a.token' }];
    for (const headers of refused) {
      for (const path of paths) {
        const res = await get(path, headers);
        expect({ path, status: res.status }).toEqual({ path, status: 401 });
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      }
    }
    const before = await viewsOf(juneChildId);
    const problems = async (path: string) => ((await (await get(path)).json()) as { problems: { field: string }[] }).problems.map((p) => p.field);
    expect(await problems('/v1/children?ids=not-a-uuid')).toEqual(['ids']);
    expect(await problems(`/v1/children?ids=${Array.from({ length: 101 }, () => randomUUID()).join(',')}`)).toEqual(['ids']);
    expect(await problems(`/v1/children?ids=${juneChildId}&purpose=GOSSIP`)).toEqual(['purpose']);
    expect(await problems('/v1/children/search')).toContain('q');
    expect(await problems('/v1/children/not-a-uuid')).toEqual(['id']);
    expect(await viewsOf(juneChildId)).toEqual(before);
  });
});
