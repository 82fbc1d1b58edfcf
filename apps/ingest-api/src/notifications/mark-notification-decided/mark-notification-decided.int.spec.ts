import { DecisionMadeV1, Topics } from '@homeward/contracts';
import { RunningService, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { call, IngestRows, postNotification, validNotification } from '../../../test-support/ingest-kit';
import { IngestUnderTest, startIngest } from '../../../test-support/ingest-under-test';

jest.setTimeout(60_000);

function decisionFor(ingestId: string, taskTypes: DecisionMadeV1['requiredActions'][number]['taskType'][]): DecisionMadeV1 {
  return {
    decisionId: randomUUID(),
    notificationId: 'N-1',
    ingestId,
    force: 'NOTTS',
    childId: randomUUID(),
    episodeId: randomUUID(),
    policeReference: 'NT/26/004512',
    riskLevel: 'HIGH',
    protocolVersion: 'test',
    decidedAt: '2026-06-02T12:00:05Z',
    requiredActions: taskTypes.map((taskType, i) => ({
      actionKey: `a${i}`,
      taskType,
      priority: 'URGENT',
      deadline: { unit: 'CLOCK_HOURS', amount: 24 },
      anchorAt: '2026-06-01T19:00:00Z',
      responsibleAuthority: null,
      reasons: ['test'],
    })),
    firedRules: [],
    alerts: [],
  };
}

interface Status {
  status: string;
  taskTypes?: string[];
  decidedAt?: string;
}

describe('ingest-api: a notification becomes "decided" when the protocol decides it', () => {
  let env: TestEnvironment;
  let ingest: RunningService;
  let rows: IngestRows;
  let kit: IngestUnderTest;
  let key: string;

  beforeAll(async () => {
    kit = await startIngest();
    ({ env, ingest, rows } = kit);
    key = await kit.keyFor('NOTTS');
  });

  afterAll(() => kit?.close());

  const accept = async () => String((await postNotification(ingest.url, key, validNotification())).body.id);
  const statusOf = async (id: string) => (await call<Status>(`${ingest.url}/v1/notifications/${id}`, { key })).body;
  const inboxCount = async (messageId: string) =>
    (await rows.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest.inbox WHERE message_id = $1`, [messageId]))[0].n;

  it('given a decision delivered twice, shows decided with its task types once', async () => {
    const id = await accept();
    const envelope = testEnvelope('protocol.decision-made', decisionFor(id, ['STRATEGY_DISCUSSION', 'RETURN_INTERVIEW']));
    await env.publish(Topics.decisionMade, envelope, id);
    await env.publish(Topics.decisionMade, envelope, id);
    // A later decision on the same key proves both copies were consumed before we look.
    const marker = testEnvelope('protocol.decision-made', decisionFor(await accept(), ['REVIEW_EPISODE']));
    await env.publish(Topics.decisionMade, marker, id);
    await waitFor(async () => (await inboxCount(marker.id)) === 1, { timeoutMs: 30_000, description: 'marker consumed' });

    expect(await statusOf(id)).toMatchObject({ status: 'decided', decidedAt: '2026-06-02T12:00:05.000Z', taskTypes: ['RETURN_INTERVIEW', 'STRATEGY_DISCUSSION'] });
    expect(await inboxCount(envelope.id)).toBe(1);
  });

  it("given the consumer's transaction is killed mid-work, the redelivery records the decision once", async () => {
    const id = await accept();
    const envelope = testEnvelope('protocol.decision-made', decisionFor(id, ['RETURN_INTERVIEW']));
    // The consumer stops inside its transaction, inbox row written but not committed.
    await rows.killUpdateMidWork(id, 'decided_at', () => env.publish(Topics.decisionMade, envelope, id));
    await waitFor(async () => (await statusOf(id)).status === 'decided', { timeoutMs: 30_000, description: 'decision recorded after redelivery' });
    expect((await statusOf(id)).taskTypes).toEqual(['RETURN_INTERVIEW']);
    expect(await inboxCount(envelope.id)).toBe(1);
  });

  it('given a decision whose data is unusable, parks it and the notification stays undecided', async () => {
    const id = await accept();
    const bad = testEnvelope('protocol.decision-made', { ...decisionFor(id, ['RETURN_INTERVIEW']), ingestId: 'not-a-uuid' });
    await env.publish(Topics.decisionMade, bad, id);
    const marker = testEnvelope('protocol.decision-made', decisionFor(await accept(), ['REVIEW_EPISODE']));
    await env.publish(Topics.decisionMade, marker, id);
    await waitFor(async () => (await inboxCount(marker.id)) === 1, { timeoutMs: 30_000, description: 'marker consumed' });
    expect((await statusOf(id)).status).not.toBe('decided');
    expect(await inboxCount(bad.id)).toBe(0);
  });
});
