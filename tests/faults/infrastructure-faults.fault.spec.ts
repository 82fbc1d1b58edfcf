import { LocalInfrastructure, RedisHandle, startLocalInfrastructure, startRedis } from '@homeward/local-stack';
import { flushQueuePrefix, waitFor } from '@homeward/testing';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countOf, Effects } from './support/effects';
import { CASE_SIZE, faultRunMix, expectSameEffects, pause, postUnderChaos, RUN_TIMEOUT_MS, referenceEffects, reportFigures, SERVICES } from './support/fault-runs';
import type { PostingAnswer } from './support/police-system';
import { startSystem, SystemUnderTest } from './support/system-under-test';

/** compliance-tracker's open task statuses: only their steps still fire. */
const OPEN = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED'];

/**
 * Settings of every run in this file: every service's wake-up sweep every second, so
 * wake-ups Redis lost come back within the test; and the service manager's escalation two
 * years out, so every task keeps an alarm in the future whose return from PostgreSQL can be checked.
 */
const ENV = { WAKE_UP_SWEEP_INTERVAL_MS: '1000', ESCALATE_SERVICE_MANAGER_AFTER_HOURS: String(2 * 365 * 24) };

/**
 * PostgreSQL, the broker and Redis each failing under load. They run on infrastructure of
 * their own (only the process that started a server can stop it), one system after another,
 * each compared with one fault-free run of the same notifications on the same infrastructure.
 */
describe(`infrastructure faults (${CASE_SIZE} notifications a run)`, () => {
  const children = faultRunMix(CASE_SIZE, 9);
  const total = children.flat().length;
  const dataDir = mkdtempSync(join(tmpdir(), 'homeward-infra-faults-'));
  let infra: LocalInfrastructure;
  let redis: RedisHandle;
  let reference: Effects;
  let sut: SystemUnderTest | undefined;
  /** 2xx answers so far in the current run: faults start once work is flowing. */
  let accepted = 0;
  const count = (answer: PostingAnswer) => {
    if (answer.status === 200 || answer.status === 202) accepted++;
  };
  const whenAccepted = (share: number) => waitFor(() => accepted >= total * share, { timeoutMs: 120_000, description: `${share * 100}% of notifications accepted` });

  beforeAll(async () => {
    infra = await startLocalInfrastructure({ dataDir, durable: false });
    redis = infra.redis;
    reference = await referenceEffects(children, ENV, infra);
  }, RUN_TIMEOUT_MS);

  beforeEach(() => {
    accepted = 0;
  });

  afterEach(async () => {
    await sut?.stop();
    sut = undefined;
  });

  afterAll(async () => {
    await infra?.stop();
    await redis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('given PostgreSQL stopped while notifications flow, ingest answers only 503 with Retry-After, readiness turns red, and once it returns every notification is processed', async () => {
    const started = Date.now();
    const running = (sut = await startSystem(ENV, infra));
    let down: number | undefined;
    const whileDown: PostingAnswer[] = [];
    const redWhileDown = new Set<string>();
    const { posted, effects } = await postUnderChaos(
      running,
      children,
      async () => {
        await whenAccepted(0.25);
        await infra.postgres.stop();
        down = Date.now();
        await waitFor(
          async () => {
            for (const name of SERVICES) {
              const res = await fetch(`${running.stack.url(name)}/health/ready`, { signal: AbortSignal.timeout(5_000) });
              if (res.status !== 200) redWhileDown.add(name);
            }
            return redWhileDown.size === SERVICES.length && whileDown.length >= 20;
          },
          { timeoutMs: 30_000, intervalMs: 250, description: 'every service not ready and 20 answers while PostgreSQL is down' },
        ).catch(() => undefined); // judged below, with the figures
        down = undefined;
        await infra.postgres.start();
        await running.reconnectDb();
      },
      (answer) => {
        count(answer);
        // Only requests made and answered entirely within the outage.
        if (down !== undefined && answer.startedAt >= down) whileDown.push(answer);
      },
    );

    reportFigures('case 3 PostgreSQL stopped', {
      notifications: CASE_SIZE,
      ...posted,
      answersWhileDown: whileDown.length,
      statusesWhileDown: [...new Set(whileDown.map((a) => a.status))],
      notReadyWhileDown: [...redWhileDown],
      effects: countOf(effects),
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect(whileDown.length).toBeGreaterThan(0);
    expect(whileDown.filter((a) => a.status !== 503 || !a.retryAfter)).toEqual([]);
    expect([...redWhileDown].sort()).toEqual([...SERVICES].sort());
    expectSameEffects(reference, effects);
  }, RUN_TIMEOUT_MS);

  it('given the broker down while notifications flow, outbox rows wait, then drain when it is back, and nothing is lost', async () => {
    const started = Date.now();
    const running = (sut = await startSystem(ENV, infra));
    let waitingInOutbox = 0;
    const { posted, effects } = await postUnderChaos(running, children, async () => {
      await whenAccepted(0.25);
      await infra.kafka.command('down -1');
      try {
        const acceptedBefore = accepted;
        // Ingest keeps accepting into PostgreSQL; the rows wait for the broker.
        waitingInOutbox = await waitFor(
          async () => {
            const { rows } = await running.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ingest.outbox WHERE processed_at IS NULL`);
            return accepted > acceptedBefore + 20 && rows[0].n >= 20 ? rows[0].n : 0;
          },
          { timeoutMs: 60_000, intervalMs: 250, description: 'notifications accepted and waiting in the outbox while the broker is down' },
        );
        await pause(3_000);
      } finally {
        await infra.kafka.command('up -1');
      }
    }, count);

    reportFigures('case 4 broker down', { notifications: CASE_SIZE, ...posted, waitingInOutbox, effects: countOf(effects), seconds: Math.round((Date.now() - started) / 1000) });
    expect(waitingInOutbox).toBeGreaterThanOrEqual(20);
    expectSameEffects(reference, effects);
  }, RUN_TIMEOUT_MS);

  it('given Redis killed and restarted, then its queues flushed, while notifications flow, every alarm comes back from PostgreSQL, every due step fires once, and nothing escalates twice', async () => {
    const started = Date.now();
    const running = (sut = await startSystem(ENV, infra));
    const prefix = running.env.env.QUEUE_PREFIX;
    let flushed = 0;
    const { posted, effects } = await postUnderChaos(running, children, async () => {
      await whenAccepted(0.25);
      redis.process.kill('SIGKILL');
      await new Promise((resolve) => redis.process.once('exit', resolve));
      await pause(1_000);
      redis = await startRedis({ dataDir: join(dataDir, 'redis'), port: redis.port });
      await whenAccepted(0.5);
      flushed = await flushQueuePrefix(redis.url, prefix);
    }, count);

    const steps = await running.db.query<{ due_unfired: number; fired: number; announced: number }>(`
      SELECT (SELECT count(*) FROM compliance.task_deadline_steps s JOIN compliance.tasks t ON t.id = s.task_id AND t.deadline_version = s.deadline_version
               WHERE s.fired_at IS NULL AND s.due_at <= now() AND t.status = ANY($1))::int AS due_unfired,
             (SELECT count(*) FROM compliance.task_deadline_steps WHERE result = 'FIRED')::int AS fired,
             (SELECT count(*) FROM compliance.outbox WHERE topic IN ('compliance.task-reminder-due.v1', 'compliance.task-overdue.v1', 'compliance.task-escalated.v1'))::int AS announced`,
      [OPEN],
    );
    // A step's wake-up: queue `wake-deadline-<step>`, job `deadline-<step>-<task>-<version>`.
    const future = await running.db.query<{ job: string }>(`
      SELECT concat('wake-deadline-', s.step, ':', concat_ws('-', 'deadline-' || s.step, s.task_id, s.deadline_version)) AS job
        FROM compliance.task_deadline_steps s JOIN compliance.tasks t ON t.id = s.task_id AND t.deadline_version = s.deadline_version
       WHERE s.fired_at IS NULL AND s.due_at > now() AND t.status = ANY($1)`,
      [OPEN],
    );
    const client = new Redis(redis.url);
    const armed = await Promise.all(future.rows.map(({ job }) => client.exists(`${prefix}:${job}`)));
    client.disconnect();

    reportFigures('case 5 Redis killed and flushed', {
      notifications: CASE_SIZE,
      ...posted,
      keysFlushed: flushed,
      ...steps.rows[0],
      futureAlarms: future.rowCount,
      futureAlarmsInRedis: armed.filter(Boolean).length,
      effects: countOf(effects),
      seconds: Math.round((Date.now() - started) / 1000),
    });
    expect(flushed).toBeGreaterThan(0);
    expect(steps.rows[0].due_unfired).toBe(0);
    expect(steps.rows[0].announced).toBe(steps.rows[0].fired);
    expect(future.rowCount).toBeGreaterThan(0);
    expect(armed.filter((a) => !a).length).toBe(0);
    expectSameEffects(reference, effects);
  }, RUN_TIMEOUT_MS);
});
