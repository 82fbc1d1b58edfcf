import { DecisionMadeV1, Topics } from '@homeward/contracts';
import { LogDestination, wakeUpJobId, wakeUpQueue } from '@homeward/platform';
import { createTestEnvironment, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { alertingClient } from '../../../test-support/alerting-client';
import { openAlertStream } from '../../../test-support/event-stream';
import { CHILD_DATA, highRiskDecision, TEST_CHILD } from '../../../test-support/fixtures';
import { LogCapture } from '../../../test-support/log-capture';
import { SmtpInbox } from '../../../test-support/smtp-inbox';
import { WebhookReceiver } from '../../../test-support/webhook-receiver';
import { signWebhook } from '../channels/webhook-signature';
import { ALERT_DELIVERY } from './delivery-wake-up';

jest.setTimeout(60_000);

const SECRET = 'partner-shared-secret-0123456789';

/** A decision whose actions name a responsible authority, which is what subscriptions filter on. */
const decisionFor = (authority: string): DecisionMadeV1 =>
  highRiskDecision({
    requiredActions: [
      {
        actionKey: 'strategy',
        taskType: 'STRATEGY_DISCUSSION',
        priority: 'URGENT',
        deadline: { unit: 'CLOCK_HOURS', amount: 24 },
        anchorAt: new Date().toISOString(),
        responsibleAuthority: authority,
        reasons: ['high-risk'],
      },
    ],
  });

describe('alerting: delivering alerts by e-mail, signed webhook and the live feed', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  const smtp = new SmtpInbox();
  const receiver = new WebhookReceiver();
  /** Every line alerting logs in this suite, at every level: scanned for the child's data. */
  const logs = new LogCapture();
  let client: ReturnType<typeof alertingClient>;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    await receiver.start();
    env = await createTestEnvironment({
      SMTP_URL: smtpUrl,
      ALERT_LINK_BASE_URL: 'https://homeward.example/alerts',
      DELIVERY_ATTEMPTS: '3',
      DELIVERY_BACKOFF_MS: '50',
      LOG_LEVEL: 'trace',
      // The partner here is a stub on loopback, over plain http.
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: LogDestination, useValue: logs }] });
    client = alertingClient(alerting.url, staffToken({ staffId: 'test.manager', role: 'MANAGER' }));
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
    await smtp.close();
    await receiver.close();
  });

  const deliveriesOf = (policeReference: string) =>
    alerting.app.get(DataSource).query(
      `SELECT d.id, d.channel, d.target, d.status, d.attempts, d.last_error FROM deliveries d JOIN alerts a ON a.id = d.alert_id
        WHERE a.police_reference = $1 AND d.channel <> 'FEED'`,
      [policeReference],
    ) as Promise<{ id: string; channel: string; target: string; status: string; attempts: number; last_error: string | null }[]>;

  const publish = (decision: DecisionMadeV1, envelope = testEnvelope('protocol.decision-made', decision)) =>
    env.publish(Topics.decisionMade, envelope, decision.childId);

  it('given a HIGH-risk decision delivered twice, the subscriber gets one e-mail and one signed webhook call, and the feed streams it live, with references and a link but no child data', async () => {
    await client.subscribe({
      kind: 'HIGH_RISK',
      recipient: { type: 'PERSON', id: 'duty.manager' },
      channels: [{ type: 'EMAIL', address: 'duty.manager@la.example' }, { type: 'WEBHOOK', url: receiver.url('/hook-ok'), secret: SECRET }],
      responsibleAuthority: 'LA-HAPPY',
    });
    const decision = decisionFor('LA-HAPPY');
    // As a browser's EventSource would open it: the token in the query, since it cannot send headers.
    const streamed = openAlertStream(`${alerting.url}/v1/alerts/stream?policeReference=${decision.policeReference}&access_token=${staffToken({ staffId: 'duty.reader', role: 'READ_ONLY' })}`);
    await streamed.opened;

    const envelope = testEnvelope('protocol.decision-made', decision);
    await publish(decision, envelope);
    await publish(decision, envelope);
    // A decision alerting must refuse (no police reference) that carries the child's data: the
    // refusal is logged and dead-lettered, and must not write the data in the log either.
    const { policeReference: _none, ...unreadable } = highRiskDecision({ childId: decision.childId });
    await publish(unreadable as DecisionMadeV1);
    const marker = { ...decisionFor('LA-HAPPY'), childId: decision.childId };
    await publish(marker);
    await waitFor(async () => (await deliveriesOf(marker.policeReference)).every((d) => d.status === 'SENT') && (await deliveriesOf(marker.policeReference)).length === 2, {
      description: 'the marker decision delivered',
      timeoutMs: 30_000,
    });
    await waitFor(async () => (await deliveriesOf(decision.policeReference)).every((d) => d.status === 'SENT'), { description: 'deliveries sent' });

    const mails = smtp.to('duty.manager@la.example').filter((m) => m.raw.includes(decision.policeReference));
    expect(mails).toHaveLength(1);
    const [alert] = await client.feed({ policeReference: decision.policeReference, recipient: 'person:duty.manager' });
    expect(alert.link).toBe(`https://homeward.example/alerts/${alert.id}`);
    expect(mails[0].raw).toContain(alert.link);
    const emailDelivery = (await deliveriesOf(decision.policeReference)).find((d) => d.channel === 'EMAIL')!;
    expect(mails[0].messageId).toBe(`<${emailDelivery.id}@homeward.alerting>`);

    const calls = receiver.to('/hook-ok').filter((c) => c.body.includes(decision.policeReference));
    expect(calls).toHaveLength(1);
    const timestamp = Number(calls[0].headers['x-homeward-timestamp']);
    expect(calls[0].headers['x-homeward-signature']).toBe(signWebhook(SECRET, timestamp, calls[0].body));
    expect(JSON.parse(calls[0].body).alert.link).toBe(alert.link);

    const events = await waitFor(() => (streamed.events.length >= 4 ? streamed.events : null), { description: 'four live feed events' });
    streamed.close();
    expect(events.map((e) => e.recipient).sort()).toEqual(['CHILDREN_MISSING_OFFICER', 'CSC_SENIOR_MANAGER', 'DUTY_SOCIAL_WORK', 'POLICE_SENIOR_MANAGER']);

    const jobs = await deliveryJobs();
    expect(jobs.length).toBeGreaterThan(0);
    // What was logged so far, the refusal included, is scanned with the rest.
    expect(logs.text).toContain('message parked on the dead-letter topic');
    const everythingSent = [...mails.map((m) => m.raw), ...calls.map((c) => c.body), JSON.stringify(events), JSON.stringify(jobs), logs.text].join('\n');
    expect(everythingSent).toContain(decision.policeReference);
    expect(everythingSent).not.toMatch(CHILD_DATA);
  });

  it('given a partner webhook that fails twice, retries with backoff and then delivers it once', async () => {
    const url = receiver.url('/hook-flaky', 2);
    await client.subscribe({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'flaky.partner' }, channels: [{ type: 'WEBHOOK', url, secret: SECRET }], responsibleAuthority: 'LA-FLAKY' });
    const decision = decisionFor('LA-FLAKY');
    await publish(decision);

    const [delivery] = await waitFor(async () => {
      const rows = await deliveriesOf(decision.policeReference);
      return rows.length === 1 && rows[0].status === 'SENT' ? rows : null;
    }, { description: 'the webhook delivery sent', timeoutMs: 30_000 });
    expect(delivery.attempts).toBe(3);
    expect(receiver.to('/hook-flaky')).toHaveLength(3);
  });

  it('given a partner webhook that never answers 2xx, records the delivery FAILED after its attempts, keeps it and counts it for ops', async () => {
    const url = receiver.url('/hook-down', 1_000);
    await client.subscribe({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'down.partner' }, channels: [{ type: 'WEBHOOK', url, secret: SECRET }], responsibleAuthority: 'LA-DOWN' });
    const decision = decisionFor('LA-DOWN');
    await publish(decision);

    const [delivery] = await waitFor(async () => {
      const rows = await deliveriesOf(decision.policeReference);
      return rows.length === 1 && rows[0].status === 'FAILED' ? rows : null;
    }, { description: 'the webhook delivery recorded failed', timeoutMs: 30_000 });
    expect(delivery).toMatchObject({ attempts: 3, last_error: 'webhook answered HTTP 503' });
    expect(receiver.to('/hook-down')).toHaveLength(3);
    const deadLetters = await waitFor(
      async () => (await alerting.app.get(DataSource).query(`SELECT job_id FROM dead_letter WHERE job_id = $1`, [wakeUpJobId(ALERT_DELIVERY, delivery.id)])) as unknown[],
      { description: 'a dead letter for the job' },
    );
    expect(deadLetters).toHaveLength(1);
    const metrics = await (await fetch(`${alerting.url}/metrics`)).text();
    expect(metrics).toMatch(/homeward_alert_deliveries_total\{channel="WEBHOOK",outcome="failed"\} 1/);
  });

  // Last, so it scans what the failure paths above logged too.
  it('given every test above, nothing alerting logged names the child or gives its date of birth, in any format', () => {
    // The events fed in carried the child's names and date of birth (fixtures): the scan could fail.
    expect(JSON.stringify(highRiskDecision())).toMatch(CHILD_DATA);
    expect(`${TEST_CHILD.givenName} ${TEST_CHILD.dateOfBirth.split('-').reverse().join('/')}`).toMatch(CHILD_DATA);
    expect(logs.lines.length).toBeGreaterThan(20);
    expect(logs.text).toMatch(/alert delivery failed after its last retry/);
    const leaks = logs.lines.filter((line) => CHILD_DATA.test(line));
    expect(leaks).toEqual([]);
  });

  async function deliveryJobs(): Promise<unknown[]> {
    const queue = new Queue(wakeUpQueue(ALERT_DELIVERY), { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
    try {
      return (await queue.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed'])).map((j) => ({ id: j.id, data: j.data }));
    } finally {
      await queue.close();
    }
  }
});
