import { Topics } from '@homeward/contracts';
import { wakeUpJobId, wakeUpQueue } from '@homeward/platform';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppModule } from '../../app.module';
import { highRiskDecision } from '../../../test-support/fixtures';
import { ALERT_DELIVERY } from '../../delivery/deliver-alert';

jest.setTimeout(60_000);

const READER = { authorization: `Bearer ${staffToken({ staffId: 'test.reader', role: 'READ_ONLY' })}` };

describe('alerting: raising alerts for a protocol decision', () => {
  let env: TestEnvironment;
  let alerting: RunningService;

  beforeAll(async () => {
    env = await createTestEnvironment();
    alerting = await startServiceInProcess(AppModule, env);
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  const feed = async (policeReference: string) =>
    (await (await fetch(`${alerting.url}/v1/alerts?policeReference=${encodeURIComponent(policeReference)}`, { headers: READER })).json()) as {
      recipient: string;
      kind: string;
    }[];

  it('given a HIGH-risk decision delivered twice, raises one alert per recipient', async () => {
    const decision = highRiskDecision();
    const envelope = testEnvelope('protocol.decision-made', decision);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    await env.publish(Topics.decisionMade, envelope, decision.childId);
    // A later marker decision on the same key proves both copies were consumed before we count.
    const marker = { ...highRiskDecision(), childId: decision.childId };
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', marker), decision.childId);
    await waitFor(async () => (await feed(marker.policeReference)).length === 4, { description: 'marker alerts', timeoutMs: 30_000 });

    const alerts = await feed(decision.policeReference);
    expect(alerts.map((a) => a.recipient).sort()).toEqual(
      ['CHILDREN_MISSING_OFFICER', 'CSC_SENIOR_MANAGER', 'DUTY_SOCIAL_WORK', 'POLICE_SENIOR_MANAGER'].sort(),
    );
    expect(alerts.every((a) => a.kind === 'HIGH_RISK')).toBe(true);
  });

  it('given a HIGH-risk decision for recipients on the feed only, the feed delivery is recorded SENT with the alert and no delivery wake-up is scheduled for it', async () => {
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    await waitFor(async () => (await feed(decision.policeReference)).length === 4, { description: 'the four alerts', timeoutMs: 30_000 });

    const db = new Client({ connectionString: env.databaseUrl });
    const redis = new Redis(env.redisUrl);
    try {
      await db.connect();
      const { rows } = await db.query<{ id: string; channel: string; status: string; sent_at: Date | null; raised_at: Date }>(
        `SELECT d.id, d.channel, d.status, d.sent_at, a.raised_at FROM alerting.deliveries d JOIN alerting.alerts a ON a.id = d.alert_id
          WHERE a.police_reference = $1`,
        [decision.policeReference],
      );
      expect(rows).toHaveLength(4);
      expect(rows.map((r) => [r.channel, r.status, r.sent_at?.getTime()])).toEqual(rows.map((r) => ['FEED', 'SENT', r.raised_at.getTime()]));
      const queued = await Promise.all(rows.map((r) => redis.exists(`${env.env.QUEUE_PREFIX}:${wakeUpQueue(ALERT_DELIVERY)}:${wakeUpJobId(ALERT_DELIVERY, r.id)}`)));
      expect(queued).toEqual([0, 0, 0, 0]);
      const { rows: wakeUps } = await db.query(`SELECT 1 FROM alerting.wake_ups WHERE kind = $1 AND subject_id = ANY($2)`, [ALERT_DELIVERY, rows.map((r) => r.id)]);
      expect(wakeUps).toEqual([]);
    } finally {
      redis.disconnect();
      await db.end();
    }
  });
});
