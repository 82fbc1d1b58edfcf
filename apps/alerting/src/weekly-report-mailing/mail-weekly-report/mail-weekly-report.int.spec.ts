import { Clock } from '@homeward/contracts';
import { LogDestination, UnitOfWork, wakeUpJobId, wakeUpQueue, WakeUps } from '@homeward/platform';
import { createTestEnvironment, FakeClock, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../../app.module';
import { LogCapture } from '../../../test-support/log-capture';
import { SmtpInbox } from '../../../test-support/smtp-inbox';
import { WEEKLY_REPORT_MAILING, weeklyMailingWakeUp } from '../weekly-report-wake-up';
import { MailWeeklyReport } from './mail-weekly-report.usecase';
import { WeeklyReportMailingWakeUpHandler } from './weekly-report-mailing.wake-up-handler';

jest.setTimeout(90_000);

const DIRECTOR = 'director@council.example.gov.uk';
const MANAGER = 'senior.manager@council.example.gov.uk';
const STAFF_WEB = 'https://homeward.council.example.gov.uk';

type Row = { week: string; due_at: Date };
const pendingMailings = (on: RunningService) =>
  on.app.get(DataSource).query(`SELECT subject_id AS week, due_at FROM wake_ups WHERE kind = $1 ORDER BY due_at`, [WEEKLY_REPORT_MAILING]) as Promise<Row[]>;
const mailingsDone = async (on: RunningService, week: string) => (await pendingMailings(on)).every((r) => r.week !== week);
const sweep = (on: RunningService) => on.app.get(WakeUps).sweepNow();

describe("alerting: the weekly looked-after report's link, e-mailed to the configured list every Monday at 08:00 London time", () => {
  let env: TestEnvironment;
  let first: RunningService;
  const others: RunningService[] = [];
  const smtp = new SmtpInbox();
  const logs = new LogCapture();
  // A Sunday in winter: the next mailing is Monday 7 December 08:00 GMT, for the week of 30 November.
  const clock = new FakeClock('2026-12-06T12:00:00.000Z');
  const start = () => startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }, { provide: LogDestination, useValue: logs }] });

  beforeAll(async () => {
    env = await createTestEnvironment({
      SMTP_URL: await smtp.start(),
      WEEKLY_REPORT_RECIPIENTS: `${DIRECTOR}, ${MANAGER}`,
      STAFF_WEB_PUBLIC_URL: STAFF_WEB,
      DELIVERY_ATTEMPTS: '3',
      DELIVERY_BACKOFF_MS: '50',
      // Short locks so a dead worker's job is found stalled in a second, not thirty.
      DELIVERY_LOCK_MS: '1000',
      DELIVERY_STALLED_INTERVAL_MS: '500',
      LOG_LEVEL: 'trace',
    });
    first = await start();
  });

  afterAll(async () => {
    for (const s of others) await s.close();
    await first?.close();
    await env?.dispose();
    await smtp.close();
  });

  const db = () => first.app.get(DataSource);
  const deliveriesFor = (week: string) =>
    db().query(`SELECT id, target, status FROM deliveries WHERE weekly_report_week = $1 ORDER BY target`, [week]) as Promise<{ id: string; target: string; status: string }[]>;
  const sentFor = (week: string) =>
    waitFor(async () => {
      const rows = await deliveriesFor(week);
      return rows.length === 2 && rows.every((d) => d.status === 'SENT') ? rows : null;
    }, { timeoutMs: 30_000, description: `the week of ${week} mailed to both` });
  const mailsFor = (address: string, week: string) => smtp.to(address).filter((m) => m.raw.includes(`week=${week}`));

  it('given the configured Monday 08:00 comes by the clock, e-mails each recipient once: the week in words, the link, sign-in; the next Monday scheduled', async () => {
    expect(await pendingMailings(first)).toEqual([{ week: '2026-11-30', due_at: new Date('2026-12-07T08:00:00Z') }]);
    await sweep(first);
    expect(await db().query(`SELECT week FROM weekly_report_mailings`)).toEqual([]);

    clock.set('2026-12-07T08:00:00.000Z');
    await sweep(first);
    const deliveries = await sentFor('2026-11-30');
    expect(deliveries.map((d) => d.target)).toEqual([DIRECTOR, MANAGER]);
    for (const address of [DIRECTOR, MANAGER]) {
      const mails = smtp.to(address);
      expect(mails).toHaveLength(1);
      const raw = mails[0].raw.replace(/\r?\n[ \t]+/g, ' ');
      expect(raw).toMatch(/^Subject: \[Homeward\] Weekly looked-after children's missing report: Monday 30 November to Sunday 6 December 2026/m);
      expect(raw).toContain(`${STAFF_WEB}/reports/weekly-looked-after?week=2026-11-30`);
      expect(raw).toContain('you will be asked to sign in');
    }
    await waitFor(() => mailingsDone(first, '2026-11-30'), { description: "the week's wake-up done" });
    expect(await pendingMailings(first)).toEqual([{ week: '2026-12-07', due_at: new Date('2026-12-14T08:00:00Z') }]);

    // Ids only in Redis, and neither address in any log line.
    const queue = new Queue(wakeUpQueue(WEEKLY_REPORT_MAILING), { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
    try {
      const job = await queue.getJob(wakeUpJobId(WEEKLY_REPORT_MAILING, '2026-12-07', Date.parse('2026-12-14T08:00:00Z')));
      expect(job?.data && Object.keys(job.data).sort()).toEqual(['correlationId', 'subjectId', 'version']);
    } finally {
      await queue.close();
    }
    expect(logs.text).toContain('weekly report mailing queued');
    expect(logs.lines.filter((l) => l.includes(DIRECTOR) || l.includes(MANAGER))).toEqual([]);
  });

  it('given the same week woken again, and a second instance starting, each recipient still has one e-mail and one next Monday is scheduled', async () => {
    await first.app.get(UnitOfWork).run((em) => first.app.get(WakeUps).schedule(em, weeklyMailingWakeUp({ week: '2026-11-30', dueAt: new Date('2026-12-07T08:00:00Z') })));
    await sweep(first);
    await waitFor(() => mailingsDone(first, '2026-11-30'), { description: 'the second firing done' });
    const second = await start();
    others.push(second);
    expect(await pendingMailings(first)).toEqual([{ week: '2026-12-07', due_at: new Date('2026-12-14T08:00:00Z') }]);
    expect(mailsFor(DIRECTOR, '2026-11-30')).toHaveLength(1);
    expect(mailsFor(MANAGER, '2026-11-30')).toHaveLength(1);
    expect(await deliveriesFor('2026-11-30')).toHaveLength(2);
    await second.close();
    others.pop();
  });

  it('given the worker killed mid-work (after its commit, before the wake-up is done), another instance takes it over and each recipient gets one e-mail', async () => {
    const mail = first.app.get(MailWeeklyReport);
    const real = mail.execute.bind(mail);
    let calls = 0;
    let release!: () => void;
    const hung = new Promise<void>((resolve) => (release = resolve));
    const spy = jest.spyOn(mail, 'execute').mockImplementation(async (command) => {
      calls++;
      await real(command);
      await hung;
    });
    try {
      clock.set('2026-12-14T08:00:30.000Z');
      await sweep(first);
      await waitFor(() => calls === 1, { description: 'the first worker inside the mailing' });
      // The crash: the worker stops renewing its lock and never completes the job.
      await first.app.get(WeeklyReportMailingWakeUpHandler).worker.close(true);
      others.push(await start());
      await waitFor(() => mailingsDone(first, '2026-12-07'), { description: 'the stalled mailing taken over and done', timeoutMs: 30_000 });
    } finally {
      release();
      spy.mockRestore();
    }
    await sentFor('2026-12-07');
    expect(mailsFor(DIRECTOR, '2026-12-07')).toHaveLength(1);
    expect(mailsFor(MANAGER, '2026-12-07')).toHaveLength(1);
    expect(mailsFor(DIRECTOR, '2026-12-07')[0].raw).toContain('Monday 7 December to Sunday 13 December 2026');
    expect(await pendingMailings(first)).toEqual([{ week: '2026-12-14', due_at: new Date('2026-12-21T08:00:00Z') }]);
  });

  it("given the mailing's transaction killed mid-work (deliveries made, the next week's wake-up waiting), it is retried and each recipient gets one e-mail", async () => {
    const live = others[0];
    const blocker = db().createQueryRunner();
    await blocker.connect();
    try {
      // Holds the next week's wake-up in an open transaction: the mailing, having made its deliveries, waits on it.
      await blocker.startTransaction();
      const next = { week: '2026-12-21', dueAt: new Date('2026-12-28T08:00:00Z') };
      await blocker.query(`INSERT INTO wake_ups (kind, subject_id, version, due_at) VALUES ($1, $2, $3, $4)`, [WEEKLY_REPORT_MAILING, next.week, next.dueAt.getTime(), next.dueAt]);
      clock.set('2026-12-21T08:00:00.000Z');
      await sweep(live);
      const pid = await waitFor(
        async () => ((await db().query(`SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO wake_ups%' AND datname = current_database()`)) as { pid: number }[])[0]?.pid,
        { timeoutMs: 30_000, description: 'the mailing waiting on the next wake-up' },
      );
      await db().query(`SELECT pg_terminate_backend($1)`, [pid]);
      expect(await deliveriesFor('2026-12-14')).toEqual([]);
      await blocker.rollbackTransaction();
    } finally {
      await blocker.release();
    }
    await sentFor('2026-12-14');
    await waitFor(() => mailingsDone(live, '2026-12-14'), { description: 'the retried mailing done', timeoutMs: 30_000 });
    expect(mailsFor(DIRECTOR, '2026-12-14')).toHaveLength(1);
    expect(mailsFor(MANAGER, '2026-12-14')).toHaveLength(1);
    expect(await pendingMailings(live)).toEqual([{ week: '2026-12-21', due_at: new Date('2026-12-28T08:00:00Z') }]);
  });
});

describe('alerting: the weekly report mailing with no recipients configured', () => {
  let env: TestEnvironment;
  let alerting: RunningService;
  const clock = new FakeClock('2026-12-06T12:00:00.000Z');

  beforeAll(async () => {
    env = await createTestEnvironment({ WEEKLY_REPORT_RECIPIENTS: '' });
    alerting = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  });

  afterAll(async () => {
    await alerting?.close();
    await env?.dispose();
  });

  it('schedules nothing, and a mailing left from before sends nothing and schedules nothing', async () => {
    expect(await pendingMailings(alerting)).toEqual([]);
    await alerting.app.get(UnitOfWork).run((em) => alerting.app.get(WakeUps).schedule(em, weeklyMailingWakeUp({ week: '2026-11-30', dueAt: new Date('2026-12-06T08:00:00Z') })));
    await sweep(alerting);
    await waitFor(() => mailingsDone(alerting, '2026-11-30'), { description: 'the left-over mailing done' });
    expect(await pendingMailings(alerting)).toEqual([]);
    expect(await alerting.app.get(DataSource).query(`SELECT count(*)::int AS n FROM weekly_report_mailings`)).toEqual([{ n: 0 }]);
    expect(await alerting.app.get(DataSource).query(`SELECT count(*)::int AS n FROM deliveries`)).toEqual([{ n: 0 }]);
  });
});
