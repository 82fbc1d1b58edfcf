import { FakeClock, RunningService } from '@homeward/testing';
import { IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';
import { PurgeRetainedBodies } from './purge-retained-bodies.usecase';

jest.setTimeout(60_000);

describe("ingest-api: its copy of a notification goes under the council's retention schedule", () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;

  beforeAll(async () => {
    kit = await startIngest({ NOTIFICATION_BODY_RETENTION_DAYS: '30' }, clock);
    ({ ingest, rows } = kit);
    key = await kit.keyFor('NOTTS');
  });

  afterAll(() => kit?.close());

  const accept = async (body: Record<string, unknown>) => String((await postNotification(ingest.url, key, body)).body.id);
  const stored = async (id: string) =>
    (await rows.query<{ body: Record<string, unknown>; body_purged_at: Date | null; body_hash: string }>(`SELECT body, body_purged_at, body_hash FROM ingest.notifications WHERE id = $1`, [id]))[0];
  const decidedDaysAgo = (id: string, days: number) =>
    rows.query(`UPDATE ingest.notifications SET decided_at = $2, published_at = coalesce(published_at, $2) WHERE id = $1`, [id, new Date(clock.now().getTime() - days * 86_400_000)]);

  it('given notifications decided more than the retention ago, removes their bodies and keeps the row; a recent or undecided one keeps its body', async () => {
    const [old, recent, undecided] = [validNotification(), validNotification(), validNotification()];
    const [oldId, recentId, undecidedId] = [await accept(old), await accept(recent), await accept(undecided)];
    await decidedDaysAgo(oldId, 31);
    await decidedDaysAgo(recentId, 29);
    const hash = (await stored(oldId)).body_hash;

    expect(await ingest.app.get(PurgeRetainedBodies).execute()).toEqual({ purged: 1 });
    expect(await stored(oldId)).toEqual({ body: {}, body_purged_at: clock.now(), body_hash: hash });
    expect(JSON.stringify(await stored(oldId))).not.toMatch(/Jordan|O'Neill|2012-04-17|NG1 5FT|Bus station/);
    expect((await stored(recentId)).body).toMatchObject({ child: { givenName: 'Jordan' } });
    expect((await stored(undecidedId)).body).toMatchObject({ child: { givenName: 'Jordan' } });

    // The police system retrying the purged notification is still recognised as the same one.
    const retry = await postNotification(ingest.url, key, old);
    expect([retry.status, retry.body.id]).toEqual([200, oldId]);
    expect(await ingest.app.get(PurgeRetainedBodies).execute()).toEqual({ purged: 0 });
  });
});
