import { FakeClock, RunningService, waitFor } from '@homeward/testing';
import { IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';
import { RedeliverUndecidedNotifications } from './redeliver-undecided.usecase';
import { UndecidedMetrics } from './undecided-metrics';

jest.setTimeout(60_000);

describe('ingest-api: the undecided check hands every undecided notification over again, one at a time', () => {
  const clock = new FakeClock('2026-06-02T12:00:00Z');
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;

  beforeAll(async () => {
    // The periodic run stays out of the way: the test runs the check itself.
    kit = await startIngest({ UNDECIDED_AFTER_SECONDS: '600', UNDECIDED_CHECK_INTERVAL_MS: '3600000' }, clock);
    ({ ingest, rows } = kit);
    key = await kit.keyFor('NOTTS');
  });

  afterAll(() => kit?.close());

  const acceptedLongAgo = async () => {
    const id = String((await postNotification(ingest.url, key, validNotification())).body.id);
    await waitFor(async () => (await rows.query(`SELECT 1 FROM ingest.notifications WHERE id = $1 AND published_at IS NOT NULL`, [id])).length === 1, {
      description: 'the notification published',
    });
    await rows.query(`UPDATE ingest.notifications SET published_at = $2 WHERE id = $1`, [id, new Date(clock.now().getTime() - 20 * 60_000)]);
    return id;
  };
  const handedOver = async (id: string) => (await rows.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest.outbox WHERE aggregate_id = $1`, [id]))[0].n;
  const skippedSoFar = async () => (await ingest.app.get(UndecidedMetrics).skipped.get()).values[0]?.value ?? 0;

  it('given undecided notifications, one whose event cannot be made again, when the check runs, then every other one is handed over again and that one is skipped and counted', async () => {
    const [first, broken, last] = [await acceptedLongAgo(), await acceptedLongAgo(), await acceptedLongAgo()];
    // A body nobody can make an event from (a child no longer in it).
    await rows.query(`UPDATE ingest.notifications SET body = '{}'::jsonb WHERE id = $1`, [broken]);
    const skippedBefore = await skippedSoFar();

    expect(await ingest.app.get(RedeliverUndecidedNotifications).execute()).toEqual({ undecided: 3, redelivered: 2, skipped: 1 });
    expect([await handedOver(first), await handedOver(broken), await handedOver(last)]).toEqual([2, 1, 2]);
    expect(await skippedSoFar()).toBe(skippedBefore + 1);
    // Within the period, none is handed over again; the gauge still counts all three.
    expect(await ingest.app.get(RedeliverUndecidedNotifications).execute()).toEqual({ undecided: 3, redelivered: 0, skipped: 0 });
  });
});
