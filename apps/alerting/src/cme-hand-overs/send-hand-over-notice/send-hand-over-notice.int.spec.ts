import { type CmeCaseHandedOverV1, type EventEnvelope, Topics } from '@homeward/contracts';
import { LogDestination, wakeUpJobId, wakeUpQueue } from '@homeward/platform';
import { createTestEnvironment, RunningService, startServiceInProcess, TestEnvironment, testEnvelope, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { ALERT_DELIVERY } from '../../delivery/deliver-alert/delivery-wake-up';
import { LogCapture } from '../../../test-support/log-capture';
import { SmtpInbox } from '../../../test-support/smtp-inbox';
import { SendHandOverNotice } from './send-hand-over-notice.usecase';

jest.setTimeout(60_000);

let sequence = 0;
/** A hand-over as education-referrals publishes it, to a mailbox of its own per test. */
const handedOver = (mailbox: string): CmeCaseHandedOverV1 => ({
  caseId: randomUUID(),
  childKey: 'a'.repeat(64),
  caseReference: `CME-2026-${String(900_000 + ++sequence).padStart(6, '0')}`,
  toAuthority: { code: 'E10000024', name: 'Nottinghamshire County Council', cmeMailbox: mailbox },
  fromAuthority: { name: 'Homeward development council', cmeMailbox: 'cme@homeward-council.example.gov.uk' },
  handedOverAt: '2026-11-18T14:30:00.000Z',
});

describe("alerting: a CME case handed over to another LA, that LA's CME mailbox told by e-mail", () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  const smtp = new SmtpInbox();
  const logs = new LogCapture();

  beforeAll(async () => {
    env = await createTestEnvironment({ SMTP_URL: await smtp.start(), DELIVERY_ATTEMPTS: '3', DELIVERY_BACKOFF_MS: '50', LOG_LEVEL: 'trace' });
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: LogDestination, useValue: logs }] });
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
    await smtp.close();
  });

  const db = () => alerting.app.get(DataSource);
  const publish = (envelope: EventEnvelope<CmeCaseHandedOverV1>) => env.publish(Topics.cmeCaseHandedOver, envelope, envelope.data.childKey);
  const envelopeOf = (data: CmeCaseHandedOverV1) => testEnvelope('education.cme-case-handed-over', data, 'education-referrals');
  const deliveriesTo = (mailbox: string) =>
    db().query(`SELECT id, status, attempts, alert_id, hand_over_notice_id FROM deliveries WHERE target = $1`, [mailbox]) as Promise<
      { id: string; status: string; attempts: number; alert_id: string | null; hand_over_notice_id: string }[]
    >;
  const sentTo = (mailbox: string) =>
    waitFor(async () => {
      const rows = await deliveriesTo(mailbox);
      return rows.length > 0 && rows.every((d) => d.status === 'SENT') ? rows : null;
    }, { timeoutMs: 30_000, description: `the notice to ${mailbox} sent` });
  const inboxCount = async (messageId: string) => (await db().query(`SELECT count(*)::int AS n FROM inbox WHERE consumer = 'alerting.cme-hand-overs' AND message_id = $1`, [messageId])) as { n: number }[];

  it('given a hand-over, e-mails the receiving LA one notice: the case reference, our LA and CMO mailbox, the date, the secure route; the job carries ids only', async () => {
    const mailbox = 'cme.one@nottinghamshire.example.gov.uk';
    const event = handedOver(mailbox);
    await publish(envelopeOf(event));
    const [delivery] = await sentTo(mailbox);
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 1, alert_id: null });
    const mails = smtp.to(mailbox);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail.messageId).toBe(`<${delivery.id}@homeward.alerting>`);
    // Long headers are folded onto continuation lines: unfolded as a mail reader would.
    const headers = mail.raw.replace(/\r?\n[ \t]+/g, ' ');
    expect(headers).toMatch(new RegExp(`^Subject: \\[Homeward\\] Child missing education: case ${event.caseReference} handed over to Nottinghamshire County Council`, 'm'));
    expect(mail.raw).toMatch(/^Reply-To: cme@homeward-council\.example\.gov\.uk/m);
    expect(mail.raw).toContain(`Our case reference: ${event.caseReference}`);
    expect(mail.raw).toContain('Homeward development council is handing over');
    expect(mail.raw).toContain('Handed over on: 18 November 2026');
    expect(mail.raw).toContain('Our contact: the children missing education officer, cme@homeward-council.example.gov.uk');
    expect(mail.raw).toMatch(/follow by the secure LA-to-LA route/);
    // Not an alert: nothing in the staff feed, and the notice is kept once.
    expect(await db().query(`SELECT count(*)::int AS n FROM alerts WHERE case_reference = $1`, [event.caseReference])).toEqual([{ n: 0 }]);
    expect(await db().query(`SELECT case_reference, to_authority_code FROM cme_hand_over_notices WHERE case_id = $1`, [event.caseId])).toEqual([{ case_reference: event.caseReference, to_authority_code: 'E10000024' }]);

    const queue = new Queue(wakeUpQueue(ALERT_DELIVERY), { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
    try {
      const job = await queue.getJob(wakeUpJobId(ALERT_DELIVERY, delivery.id));
      expect(job?.data && Object.keys(job.data).sort()).toEqual(['correlationId', 'subjectId', 'version']);
      expect(job?.data.subjectId).toBe(delivery.id);
    } finally {
      await queue.close();
    }
    expect(logs.text).toContain('CME hand-over notice queued');
    expect(logs.lines.filter((l) => l.includes(mailbox))).toEqual([]);
  });

  it('given the same hand-over message twice, and the hand-over republished under another message id, the LA gets one e-mail', async () => {
    const mailbox = 'cme.twice@nottinghamshire.example.gov.uk';
    const event = handedOver(mailbox);
    const envelope = envelopeOf(event);
    await publish(envelope);
    await publish(envelope);
    const republished = envelopeOf(event);
    await publish(republished);
    await waitFor(async () => (await inboxCount(republished.id))[0].n === 1, { timeoutMs: 30_000, description: 'the republished hand-over consumed' });
    await sentTo(mailbox);
    expect(smtp.to(mailbox)).toHaveLength(1);
    expect(await deliveriesTo(mailbox)).toHaveLength(1);
    expect(await inboxCount(envelope.id)).toEqual([{ n: 1 }]);
  });

  it('given the consumer dies after its transaction commits, the redelivered hand-over gives one e-mail', async () => {
    const mailbox = 'cme.crash@nottinghamshire.example.gov.uk';
    const send = alerting.app.get(SendHandOverNotice);
    const real = send.execute.bind(send);
    const envelope = envelopeOf(handedOver(mailbox));
    let attempts = 0;
    const spy = jest.spyOn(send, 'execute').mockImplementation(async (command) => {
      await real(command);
      if (command.messageId === envelope.id && attempts++ === 0) throw new Error('crash after commit');
    });
    try {
      await publish(envelope);
      await waitFor(() => attempts >= 2, { timeoutMs: 30_000, description: 'the redelivery' });
    } finally {
      spy.mockRestore();
    }
    await sentTo(mailbox);
    expect(smtp.to(mailbox)).toHaveLength(1);
    expect(await deliveriesTo(mailbox)).toHaveLength(1);
    expect(await inboxCount(envelope.id)).toEqual([{ n: 1 }]);
  });

  it('given a hand-over without a mailbox, parks it on the dead-letter topic and sends nothing', async () => {
    const event = handedOver('cme.none@nottinghamshire.example.gov.uk');
    const envelope = envelopeOf({ ...event, toAuthority: { ...event.toAuthority, cmeMailbox: 'not a mailbox' } });
    await publish(envelope);
    await waitFor(() => logs.text.includes(`cme-case-handed-over ${envelope.id} lacks the receiving authority's code, name or CME mailbox`), { timeoutMs: 30_000, description: 'the refusal logged' });
    expect(await db().query(`SELECT count(*)::int AS n FROM cme_hand_over_notices WHERE case_id = $1`, [event.caseId])).toEqual([{ n: 0 }]);
  });
});
