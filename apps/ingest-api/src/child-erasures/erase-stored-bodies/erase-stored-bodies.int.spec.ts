import { ChildErasedV1, Topics } from '@homeward/contracts';
import { RunningService, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { call, IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';

jest.setTimeout(60_000);

const PLACING = 'E08000032';

describe("ingest-api: a child's erasure empties the bodies ingest stored about them", () => {
  let env: TestEnvironment;
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let policeKey: string;
  let placingKey: string;

  beforeAll(async () => {
    kit = await startIngest();
    ({ env, ingest, rows } = kit);
    policeKey = await kit.keyFor('NOTTS');
    placingKey = await kit.keyFor(PLACING, 'PLACEMENT_NOTICES');
  });

  afterAll(() => kit?.close());

  const tagged = () => `Quill${randomUUID().slice(0, 6)}`;
  async function acceptAbout(familyName: string): Promise<{ ingestIds: string[]; placementNoticeIds: string[] }> {
    const child = { givenName: 'Jordan', familyName, dateOfBirth: '2012-04-17' };
    const ingestIds = await Promise.all([1, 2].map(async () => String((await postNotification(ingest.url, policeKey, validNotification({ child }))).body.id)));
    const notice = await call(`${ingest.url}/v1/placement-notices`, {
      key: placingKey,
      body: { noticeId: `PN-${randomUUID()}`, child, placingAuthority: PLACING, placementStart: '2026-03-01', provider: { name: `${familyName} Lodge`, kind: 'CHILDRENS_HOME' }, riskAssessmentProvided: true, riskManagementPlanProvided: false },
    });
    const placementNoticeIds = [String(notice.body.id)];
    // Published by the relay: the outbox rows the erasure removes.
    await waitFor(async () => (await outboxRows([...ingestIds, ...placementNoticeIds], 'AND processed_at IS NOT NULL')) === 3, { timeoutMs: 30_000, description: 'outbox published' });
    return { ingestIds, placementNoticeIds };
  }
  const outboxRows = async (ids: string[], and = '') => (await rows.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest.outbox WHERE aggregate_id = ANY($1) ${and}`, [ids]))[0].n;
  const holding = async (needle: string) =>
    (
      await rows.query<{ n: number }>(
        `SELECT (SELECT count(*) FROM ingest.notifications t WHERE t::text LIKE $1) + (SELECT count(*) FROM ingest.placement_notices t WHERE t::text LIKE $1) + (SELECT count(*) FROM ingest.outbox t WHERE t::text LIKE $1) AS n`,
        [`%${needle}%`],
      )
    )[0].n;
  const erasedEvent = (ids: { ingestIds: string[]; placementNoticeIds: string[] }) =>
    testEnvelope('protocol.child-erased', { erasureId: randomUUID(), childId: randomUUID(), mergedChildIds: [], ...ids, erasedAt: '2026-06-02T12:30:00.000Z' } satisfies ChildErasedV1, 'protocol-engine');
  const inboxCount = async (messageId: string) => (await rows.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest.inbox WHERE message_id = $1`, [messageId]))[0].n;
  const kept = (ids: string[]) =>
    rows.query(`SELECT id, force, notification_id AS "notificationId", received_at AS "receivedAt", body_hash AS "bodyHash", published_at IS NOT NULL AS published FROM ingest.notifications WHERE id = ANY($1) ORDER BY id`, [ids]);

  it('given the erasure delivered twice, empties the bodies and published outbox rows once, keeping ids, force, times, status and hash', async () => {
    const name = tagged();
    const ids = await acceptAbout(name);
    const before = await kept(ids.ingestIds);
    expect(Number(await holding(name))).toBeGreaterThan(0);
    const event = erasedEvent(ids);
    await env.publish(Topics.childErased, event, event.data.childId);
    await env.publish(Topics.childErased, event, event.data.childId);
    // A later erasure on the same key proves both copies were consumed before we look.
    const marker = erasedEvent({ ingestIds: [], placementNoticeIds: [] });
    await env.publish(Topics.childErased, marker, event.data.childId);
    await waitFor(async () => (await inboxCount(marker.id)) === 1, { timeoutMs: 30_000, description: 'marker consumed' });

    expect(Number(await holding(name))).toBe(0);
    expect(await kept(ids.ingestIds)).toEqual(before);
    const erased = await rows.query(
      `SELECT body, erasure_id AS "erasureId", body_purged_at AS "purgedAt" FROM ingest.notifications WHERE id = ANY($1) UNION ALL SELECT body, erasure_id, body_purged_at FROM ingest.placement_notices WHERE id = ANY($2)`,
      [ids.ingestIds, ids.placementNoticeIds],
    );
    expect(erased).toEqual(Array(3).fill({ body: {}, erasureId: event.data.erasureId, purgedAt: new Date('2026-06-02T12:30:00.000Z') }));
    expect(await outboxRows([...ids.ingestIds, ...ids.placementNoticeIds])).toBe(0);
    expect(await inboxCount(event.id)).toBe(1);
    // The force still sees its notification's state.
    expect((await call(`${ingest.url}/v1/notifications/${ids.ingestIds[0]}`, { key: policeKey })).status).toBe(200);
  });

  it("given the consumer's transaction is killed mid-work, the redelivery erases once", async () => {
    const name = tagged();
    const ids = await acceptAbout(name);
    const event = erasedEvent(ids);
    // The consumer stops inside its transaction, inbox row written but not committed.
    await rows.killUpdateMidWork(ids.ingestIds[0], 'body', () => env.publish(Topics.childErased, event, event.data.childId));
    await waitFor(async () => (await inboxCount(event.id)) === 1, { timeoutMs: 30_000, description: 'erasure applied after redelivery' });
    expect(Number(await holding(name))).toBe(0);
    expect(await outboxRows([...ids.ingestIds, ...ids.placementNoticeIds])).toBe(0);
  });
});
