import { FakeClock, RunningService } from '@homeward/testing';
import { fieldsOf, IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';

jest.setTimeout(60_000);

describe('ingest-api: a force withdraws a report made in error (CANCELLED) or corrects the child (CORRECTED)', () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;

  beforeAll(async () => {
    kit = await startIngest({}, clock);
    ({ ingest, rows } = kit);
    key = await kit.keyFor('NOTTS');
  });

  afterAll(() => kit?.close());

  const post = (body: unknown) => postNotification(ingest.url, key, body);
  const eventOf = async (id: unknown) =>
    (await rows.query<{ data: Record<string, unknown> }>(`SELECT payload->'data' AS data FROM ingest.outbox WHERE aggregate_id = $1`, [id]))[0]?.data;

  it.each([
    ['a CANCELLED without a cancellation', { type: 'CANCELLED' }, 'cancellation'],
    ['a cancellation reason not in the list', { type: 'CANCELLED', cancellation: { reason: 'CHANGED_MIND' } }, 'cancellation.reason'],
    ['a cancellation on a MISSING_REPORTED', { cancellation: { reason: 'MADE_IN_ERROR' } }, 'cancellation'],
    ['a CORRECTED without the child', { type: 'CORRECTED', child: undefined }, 'child'],
  ])('given %s, answers 400 naming the field and stores nothing', async (_what, change, field) => {
    const before = await rows.counts();
    const answer = await post(validNotification(change));
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer)).toContain(field);
    expect(await rows.counts()).toEqual(before);
  });

  it('given a CANCELLED with its reason, accepts it once: the event carries the reason, and a retry answers 200 with the same id', async () => {
    const body = validNotification({ type: 'CANCELLED', occurredAt: '2026-06-02T09:00:00Z', cancellation: { reason: 'MADE_IN_ERROR' } });
    const first = await post(body);
    expect(first.status).toBe(202);
    expect(await eventOf(first.body.id)).toMatchObject({ type: 'CANCELLED', cancellation: { reason: 'MADE_IN_ERROR' }, force: 'NOTTS' });
    const retry = await post(body);
    expect([retry.status, retry.body.id]).toEqual([200, first.body.id]);
    expect(await rows.query(`SELECT 1 FROM ingest.outbox WHERE aggregate_id = $1`, [first.body.id])).toHaveLength(1);
  });

  it('given a CORRECTED with the corrected child, accepts it and passes the corrected details on', async () => {
    const child = { givenName: 'Jordan', familyName: "O'Neill", dateOfBirth: '2012-04-18', localAuthorityId: 'NCC-000777' };
    const answer = await post(validNotification({ type: 'CORRECTED', occurredAt: '2026-06-02T09:00:00Z', child }));
    expect(answer.status).toBe(202);
    expect(await eventOf(answer.body.id)).toMatchObject({ type: 'CORRECTED', child });
  });
});
