import { Topics } from '@homeward/contracts';
import { UnitOfWork, wakeUpJobId, wakeUpQueue, WakeUps } from '@homeward/platform';
import { createTestEnvironment, flushQueuePrefix, RunningService, staffToken, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { alertingClient } from '../../../test-support/alerting-client';
import { highRiskDecision } from '../../../test-support/fixtures';
import { SmtpInbox } from '../../../test-support/smtp-inbox';
import { ALERT_DELIVERY, deliveryWakeUp } from './delivery-wake-up';
import { DeliveryWakeUpHandler } from './delivery.wake-up-handler';

jest.setTimeout(90_000);

describe('alerting: a delivery worker killed mid-delivery, woken twice, or its jobs lost', () => {
  let env: TestEnvironment;
  let first: RunningService;
  let second: RunningService | undefined;
  let third: RunningService | undefined;
  let queue: Queue;
  const smtp = new SmtpInbox();

  beforeAll(async () => {
    env = await createTestEnvironment({
      SMTP_URL: await smtp.start(),
      // Short locks so the dead worker's job is found stalled in a second, not thirty.
      DELIVERY_LOCK_MS: '1000',
      DELIVERY_STALLED_INTERVAL_MS: '500',
      DELIVERY_BACKOFF_MS: '200',
    });
    first = await startServiceInProcess(AppModule, env);
    queue = new Queue(wakeUpQueue(ALERT_DELIVERY), { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
  });

  afterAll(async () => {
    smtp.release();
    await queue?.close();
    await third?.close();
    await second?.close();
    await first?.close();
    await env?.dispose();
    await smtp.close();
  });

  it('given the worker dies while the SMTP server holds its e-mail, another instance takes the job over and the recipient gets one e-mail', async () => {
    await alertingClient(first.url, staffToken({ staffId: 'test.manager', role: 'MANAGER' })).subscribe({
      kind: 'HIGH_RISK',
      recipient: { type: 'PERSON', id: 'night.manager' },
      channels: [{ type: 'EMAIL', address: 'night.manager@la.example' }],
    });
    smtp.hold();
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    await waitFor(() => smtp.pendingCount === 1, { description: 'the e-mail in the SMTP conversation', timeoutMs: 30_000 });

    // The crash: the worker stops renewing its lock and never completes the job.
    await first.app.get(DeliveryWakeUpHandler).worker.close(true);
    second = await startServiceInProcess(AppModule, env);

    const [{ id: deliveryId }] = (await first.app.get(DataSource).query(`SELECT id FROM deliveries WHERE channel = 'EMAIL' AND target = $1`, [
      'night.manager@la.example',
    ])) as { id: string }[];
    // The survivor picks up the stalled job and, seeing the send still in flight, leaves it for a retry.
    await waitFor(async () => ((await queue.getJob(wakeUpJobId(ALERT_DELIVERY, deliveryId)))?.attemptsMade ?? 0) >= 1, {
      description: 'the stalled job re-run by the second instance',
      timeoutMs: 30_000,
    });
    expect(smtp.to('night.manager@la.example')).toHaveLength(0);

    smtp.release();
    await waitFor(async () => (await queue.getJob(wakeUpJobId(ALERT_DELIVERY, deliveryId)))?.isCompleted(), { description: 'the job completed', timeoutMs: 30_000 });
    const [delivery] = (await second.app.get(DataSource).query(`SELECT status FROM deliveries WHERE id = $1`, [deliveryId])) as { status: string }[];
    expect(delivery.status).toBe('SENT');
    expect(smtp.to('night.manager@la.example')).toHaveLength(1);
  });

  /** Subscribes `address` to HIGH-risk alerts by e-mail and raises one; resolves with its delivery's id. */
  async function raiseEmailTo(address: string, on: RunningService): Promise<string> {
    await alertingClient(on.url, staffToken({ staffId: 'test.manager', role: 'MANAGER' })).subscribe({
      kind: 'HIGH_RISK',
      recipient: { type: 'PERSON', id: address.split('@')[0] },
      channels: [{ type: 'EMAIL', address }],
    });
    const decision = highRiskDecision();
    await env.publish(Topics.decisionMade, testEnvelope('protocol.decision-made', decision), decision.childId);
    const { id } = await waitFor(
      async () => ((await on.app.get(DataSource).query(`SELECT id FROM deliveries WHERE channel = 'EMAIL' AND target = $1`, [address])) as { id: string }[])[0],
      { description: 'the e-mail delivery recorded', timeoutMs: 30_000 },
    );
    return id;
  }
  const statusOf = async (on: RunningService, id: string) => ((await on.app.get(DataSource).query(`SELECT status FROM deliveries WHERE id = $1`, [id])) as { status: string }[])[0]?.status;
  const wakeUpPending = async (on: RunningService, id: string) =>
    ((await on.app.get(DataSource).query(`SELECT 1 FROM wake_ups WHERE kind = $1 AND subject_id = $2`, [ALERT_DELIVERY, id])) as unknown[]).length > 0;

  it('given the same delivery woken twice after it was sent, the recipient still gets one e-mail', async () => {
    const live = second!;
    const deliveryId = await raiseEmailTo('twice.manager@la.example', live);
    await waitFor(async () => (await statusOf(live, deliveryId)) === 'SENT' && !(await wakeUpPending(live, deliveryId)), { description: 'sent', timeoutMs: 30_000 });

    await live.app.get(UnitOfWork).run((em) => live.app.get(WakeUps).schedule(em, deliveryWakeUp(deliveryId, new Date())));
    await live.app.get(WakeUps).sweepNow();
    await waitFor(async () => !(await wakeUpPending(live, deliveryId)), { description: 'the second wake-up done', timeoutMs: 30_000 });
    expect(smtp.to('twice.manager@la.example')).toHaveLength(1);
  });

  it('given no delivery worker running when a delivery is raised and Redis then losing its jobs, the instance started after sends it, once', async () => {
    const live = second!;
    await live.app.get(DeliveryWakeUpHandler).worker.close();
    const deliveryId = await raiseEmailTo('lost.manager@la.example', live);
    await waitFor(() => wakeUpPending(live, deliveryId), { description: 'the wake-up recorded' });
    expect(await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX)).toBeGreaterThan(0);

    const started = (third = await startServiceInProcess(AppModule, env));
    await started.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await statusOf(started, deliveryId)) === 'SENT', { description: 'the delivery sent by the new instance', timeoutMs: 30_000 });
    expect(smtp.to('lost.manager@la.example')).toHaveLength(1);
  });
});
