import { FakeClock, RunningService, staffToken } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { call, fieldsOf, IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';

jest.setTimeout(60_000);

const PLACING = 'E08000032';

function validNotice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    noticeId: `PN-${randomUUID()}`,
    child: { givenName: 'Jordan', familyName: "O'Neill", dateOfBirth: '2012-04-17', localAuthorityId: 'BRAD-000417' },
    placingAuthority: PLACING,
    placementStart: '2026-03-01',
    provider: { name: 'Oakfield House', kind: 'CHILDRENS_HOME' },
    riskAssessmentProvided: true,
    riskManagementPlanProvided: false,
    ...overrides,
  };
}

describe('ingest-api: placement notices from a placing authority or staff', () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let placingKey: string;
  let policeKey: string;
  const cmo = staffToken({ staffId: 'cmo.one', role: 'CMO' });

  beforeAll(async () => {
    kit = await startIngest({}, clock);
    ({ ingest, rows } = kit);
    placingKey = await kit.keyFor(PLACING, 'PLACEMENT_NOTICES');
    policeKey = await kit.keyFor('NOTTS');
  });

  afterAll(() => kit?.close());

  const post = (body: unknown, key: string = placingKey) => call(`${ingest.url}/v1/placement-notices`, { key, body });
  const stored = async () => {
    const [r] = await rows.query<{ notices: number; outbox: number }>(
      `SELECT (SELECT count(*)::int FROM ingest.placement_notices) AS notices, (SELECT count(*)::int FROM ingest.outbox) AS outbox`,
    );
    return r;
  };
  async function refused(request: () => ReturnType<typeof post>) {
    const before = await stored();
    const answer = await request();
    expect(await stored()).toEqual(before);
    return answer;
  }

  it("given the placing authority's own key, accepts the notice and queues one event keyed without personal data; a repeat answers 200 with the same id", async () => {
    const body = validNotice();
    const first = await post(body);
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'accepted' });
    const outbox = await rows.query<{ topic: string; message_key: string; payload: { data: Record<string, unknown> } }>(
      `SELECT topic, message_key, payload FROM ingest.outbox WHERE aggregate_id = $1`,
      [first.body.id],
    );
    expect(outbox).toHaveLength(1);
    expect(outbox[0].topic).toBe('placement.notice-received.v1');
    expect(outbox[0].message_key).toMatch(/^[0-9a-f]{64}$/);
    expect(outbox[0].payload.data).toMatchObject({
      placementNoticeId: first.body.id,
      sender: `la:${PLACING}`,
      placingAuthority: PLACING,
      placementStart: '2026-03-01',
      placementEnd: null,
      riskAssessmentProvided: true,
      riskManagementPlanProvided: false,
    });

    const before = await stored();
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await stored()).toEqual(before);
  });

  it('given the same noticeId with a different body, answers 409 and changes nothing', async () => {
    const body = validNotice();
    expect((await post(body)).status).toBe(202);
    const answer = await refused(() => post({ ...body, riskManagementPlanProvided: true }));
    expect(answer.status).toBe(409);
    expect(fieldsOf(answer)).toEqual(['noticeId']);
  });

  it("given a police force's key, answers 403 and stores nothing; the placing authority's key may not post police notifications", async () => {
    expect((await refused(() => post(validNotice(), policeKey))).status).toBe(403);
    const before = await rows.counts();
    expect((await postNotification(ingest.url, placingKey, validNotification())).status).toBe(403);
    expect(await rows.counts()).toEqual(before);
  });

  it("given a key's notice naming another placing authority, answers 400 naming placingAuthority", async () => {
    const answer = await refused(() => post(validNotice({ placingAuthority: 'E10000007' })));
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toEqual(['placingAuthority']);
  });

  it('given a staff token of a CMO, accepts the notice under the staff sender; READ_ONLY is refused, no credential is 401', async () => {
    const answer = await call(`${ingest.url}/v1/placement-notices`, { body: validNotice({ placingAuthority: 'E10000007' }), headers: { authorization: `Bearer ${cmo}` } });
    expect(answer.status).toBe(202);
    const [row] = await rows.query<{ sender: string }>(`SELECT sender FROM ingest.placement_notices WHERE id = $1`, [answer.body.id]);
    expect(row.sender).toBe('staff:cmo.one');
    const reader = staffToken({ staffId: 'reader', role: 'READ_ONLY' });
    expect((await refused(() => call(`${ingest.url}/v1/placement-notices`, { body: validNotice(), headers: { authorization: `Bearer ${reader}` } }))).status).toBe(403);
    expect((await refused(() => call(`${ingest.url}/v1/placement-notices`, { body: validNotice() }))).status).toBe(401);
    expect((await refused(() => post(validNotice(), `hwk_${'A'.repeat(43)}`))).status).toBe(401);
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['an unknown field', { shoeSize: 9 }, 'shoeSize'],
    ['a missing child', { child: undefined }, 'child'],
    ['an impossible date of birth', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2014-02-30' } }, 'child.dateOfBirth'],
    ['a placement start that is not a date', { placementStart: 'next week' }, 'placementStart'],
    ['a placement that ends before it starts', { placementEnd: '2026-02-28' }, 'placementEnd'],
    ['an unknown provider kind', { provider: { name: 'X', kind: 'HOTEL' } }, 'provider.kind'],
    ['a provider without a name', { provider: { kind: 'FOSTER_CARE' } }, 'provider.name'],
    ['no word on the risk assessment', { riskAssessmentProvided: undefined }, 'riskAssessmentProvided'],
    ['a person 18 or over at the placement start', { child: { givenName: 'A', familyName: 'B', dateOfBirth: '2008-03-01' } }, 'child.dateOfBirth'],
    ['a placing authority that is not a code', { placingAuthority: 'Bradford council' }, 'placingAuthority'],
  ];

  it.each(cases)('given %s, answers 400 naming it and stores nothing', async (_what, change, field) => {
    const answer = await refused(() => post(validNotice(change)));
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toContain(field);
  });
});
