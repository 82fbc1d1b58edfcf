import { Clock } from '@homeward/contracts';
import { createTestEnvironment, FakeClock, flushQueuePrefix, RunningService, startServiceInProcess, TestEnvironment, waitFor } from '@homeward/testing';
import { Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { IsInt } from 'class-validator';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { Env, ServiceConfig } from '../config';
import { Metrics } from '../metrics';
import { UnitOfWork } from '../outbox';
import { PlatformModule } from '../platform.module';
import { createDeadLetterTable } from '../queues';
import { DueWakeUp, WakeUp, wakeUpJobId, wakeUpQueue } from './wake-up';
import { createWakeUpTable } from './wake-up.schema';
import { WakeUps } from './wake-ups';
import { WakeUpsModule } from './wake-ups.module';

jest.setTimeout(60_000);

class ProbeConfig extends ServiceConfig {
  @Env('PORT') @IsInt()
  override port: number = 0;
}

class ProbeTables1700000000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await createWakeUpTable(runner);
    await createDeadLetterTable(runner);
    await runner.query(`CREATE TABLE rings (subject_id text NOT NULL, version bigint NOT NULL, rung_at timestamptz NOT NULL DEFAULT now())`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE rings, dead_letter, wake_ups`);
  }
}

const KIND = 'probe-ring';

/** How the probe's handler behaves for a subject: fail its first tries, or hang until told it was killed. */
const script = new Map<string, { failFirst?: number; hang?: Promise<'killed'> }>();
const calls = new Map<string, number>();

/** A feature with one kind of wake-up: its effect is one `rings` row per call that got through. */
@Injectable()
class ProbeRinger implements OnApplicationBootstrap {
  worker!: Worker;

  constructor(
    private readonly wakeUps: WakeUps,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.start();
  }

  start(): void {
    this.worker = this.wakeUps.onDue(KIND, (due) => this.ring(due), { attempts: 2, backoffMs: 50, lockDurationMs: 1_000, stalledIntervalMs: 500 });
  }

  private async ring(due: DueWakeUp): Promise<void> {
    const n = (calls.get(due.subjectId) ?? 0) + 1;
    calls.set(due.subjectId, n);
    const behaviour = script.get(due.subjectId) ?? {};
    if (n <= (behaviour.failFirst ?? 0)) throw new Error(`probe failure ${n}`);
    if (behaviour.hang && n === 1 && (await behaviour.hang) === 'killed') throw new Error('killed before its effect');
    await this.dataSource.query(`INSERT INTO rings (subject_id, version) VALUES ($1, $2)`, [due.subjectId, due.version]);
  }
}

@Module({
  imports: [
    PlatformModule.forRoot({
      service: 'wake-up-probe',
      config: ProbeConfig,
      database: { schema: 'probe', entities: [], migrations: [ProbeTables1700000000000] },
    }),
    WakeUpsModule,
  ],
  providers: [ProbeRinger],
})
class ProbeModule {}

describe('platform: wake-ups on real PostgreSQL and Redis', () => {
  const clock = new FakeClock('2026-03-02T09:00:00Z');
  const HOUR = 3_600_000;
  let env: TestEnvironment;
  let probe: RunningService;
  let queue: Queue;
  let serial = 0;

  const start = () => startServiceInProcess(ProbeModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  const db = () => probe.app.get(DataSource);
  const subject = (name: string) => `${name}-${++serial}`;
  const schedule = (...wakeUps: WakeUp[]) => probe.app.get(UnitOfWork).run((em) => probe.app.get(WakeUps).schedule(em, ...wakeUps));
  const rings = async (subjectId: string) =>
    ((await db().query(`SELECT count(*)::int AS n FROM rings WHERE subject_id = $1`, [subjectId])) as { n: number }[])[0].n;
  const pending = async (subjectId: string) =>
    ((await db().query(`SELECT count(*)::int AS n FROM wake_ups WHERE subject_id = $1`, [subjectId])) as { n: number }[])[0].n;
  /** As an old mechanism's migration copies its pending wake-ups in: a row, and no job in Redis. */
  const insertRow = (subjectId: string, dueAt: Date) => db().query(`INSERT INTO wake_ups (kind, subject_id, version, due_at) VALUES ($1, $2, 0, $3)`, [KIND, subjectId, dueAt]);
  const skippedSoFar = async () => (await probe.app.get(Metrics).wakeUpsSkipped.get()).values.find((v) => v.labels.kind === KIND)?.value ?? 0;
  const deadLettered = async (subjectId: string) =>
    ((await db().query(`SELECT 1 FROM dead_letter WHERE job_id = $1`, [wakeUpJobId(KIND, subjectId)])) as unknown[]).length === 1;
  const rungOnce = async (subjectId: string) => {
    await waitFor(async () => (await rings(subjectId)) >= 1 && (await pending(subjectId)) === 0, { description: `${subjectId} rung`, timeoutMs: 20_000 });
    // Later sweeps find nothing left to ring.
    await probe.app.get(WakeUps).sweepNow();
    await probe.app.get(WakeUps).sweepNow();
    expect(await rings(subjectId)).toBe(1);
  };

  beforeAll(async () => {
    env = await createTestEnvironment({ WAKE_UP_SWEEP_INTERVAL_MS: '300' });
    probe = await start();
    queue = new Queue(wakeUpQueue(KIND), { prefix: env.env.QUEUE_PREFIX, connection: { url: env.redisUrl } });
  });

  afterAll(async () => {
    await queue?.close();
    await probe?.close();
    await env?.dispose();
  });

  it('given a wake-up scheduled twice in committed transactions and once in a rolled-back one, when it falls due, then its handler runs once', async () => {
    const id = subject('twice');
    const due = { kind: KIND, subjectId: id, dueAt: clock.now() };
    await schedule(due);
    await schedule(due);
    const rolledBack = subject('rolled-back');
    await expect(
      probe.app.get(UnitOfWork).run(async (em) => {
        await probe.app.get(WakeUps).schedule(em, { kind: KIND, subjectId: rolledBack, dueAt: clock.now() });
        throw new Error('use case failed');
      }),
    ).rejects.toThrow('use case failed');

    await rungOnce(id);
    expect(await pending(rolledBack)).toBe(0);
    expect(calls.get(rolledBack)).toBeUndefined();
  });

  it('given a wake-up not yet due by our clock whose job runs early, then it sleeps again and rings once when our clock reaches it', async () => {
    const id = subject('early');
    await schedule({ kind: KIND, subjectId: id, dueAt: new Date(clock.now().getTime() + HOUR), version: 7 });
    const job = await waitFor(() => queue.getJob(wakeUpJobId(KIND, id, 7)), { description: 'the armed job' });
    await job.promote();
    await waitFor(async () => (await job.getState()) === 'delayed' && (await queue.getJob(job.id!))?.processedOn, { description: 'the early job asleep again' });
    expect(await rings(id)).toBe(0);

    clock.advance(HOUR);
    await rungOnce(id);
  });

  it('given the handler killed mid-work, when a fresh worker takes the stalled job over, then the wake-up has one effect', async () => {
    const id = subject('killed');
    let kill!: (v: 'killed') => void;
    script.set(id, { hang: new Promise((resolve) => (kill = resolve)) });
    await schedule({ kind: KIND, subjectId: id, dueAt: clock.now() });
    await waitFor(() => calls.get(id) === 1, { description: 'the first worker inside the handler' });

    // The crash: the worker stops renewing its lock and never completes the job.
    const ringer = probe.app.get(ProbeRinger);
    await ringer.worker.close(true);
    ringer.start();
    await rungOnce(id);
    kill('killed');
    expect(calls.get(id)).toBe(2);
  });

  it('given a handler that fails a whole round of attempts, then the round is dead-lettered, the row stays, and the next sweep tries again until it succeeds', async () => {
    const id = subject('failing');
    script.set(id, { failFirst: 2 });
    await schedule({ kind: KIND, subjectId: id, dueAt: clock.now() });

    await waitFor(async () => ((await db().query(`SELECT 1 FROM dead_letter WHERE job_id = $1`, [wakeUpJobId(KIND, id)])) as unknown[]).length === 1, {
      description: 'the exhausted round in dead_letter',
    });
    await rungOnce(id);
    expect(calls.get(id)).toBe(3);
  });

  it('given a page of due wake-ups with no jobs, one whose handler always fails and one BullMQ cannot take, when the sweep rings them, then every other one rings once, the failing one is dead-lettered and tried again by the next sweep, and the other is skipped and counted', async () => {
    // Sorted first in due order: the page is swept around it.
    const unusable = `legacy:${++serial}`;
    await insertRow(unusable, new Date(clock.now().getTime() - HOUR));
    const failing = subject('always-failing');
    script.set(failing, { failFirst: Infinity });
    await insertRow(failing, clock.now());
    const page = Array.from({ length: 30 }, () => subject('page'));
    for (const id of page) await insertRow(id, clock.now());
    const skippedBefore = await skippedSoFar();

    await probe.app.get(WakeUps).sweepNow();
    for (const id of page) await rungOnce(id);
    await waitFor(() => deadLettered(failing), { description: 'the failing round in dead_letter' });
    // A second round of its 2 attempts: a later sweep retried it.
    await waitFor(() => (calls.get(failing) ?? 0) >= 4, { description: 'the failing wake-up tried again', timeoutMs: 20_000 });
    expect(await pending(failing)).toBe(1);
    expect(await skippedSoFar()).toBeGreaterThan(skippedBefore);
    expect(await pending(unusable)).toBe(1);

    await probe.app.get(UnitOfWork).run((em) => probe.app.get(WakeUps).cancel(em, KIND, failing));
    await db().query(`DELETE FROM wake_ups WHERE subject_id = $1`, [unusable]);
  });

  it('given Redis loses every job and one pending wake-up BullMQ cannot take, then the sweep still arms every other one again', async () => {
    const later = clock.now().getTime() + 3 * HOUR;
    const unusable = `legacy:${++serial}`;
    await insertRow(unusable, new Date(later - 1));
    const others = Array.from({ length: 20 }, () => subject('with-unusable'));
    await schedule(...others.map((id) => ({ kind: KIND, subjectId: id, dueAt: new Date(later) })));
    const skippedBefore = await skippedSoFar();

    await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX);
    await probe.app.get(WakeUps).sweepNow();
    await waitFor(async () => (await Promise.all(others.map((id) => queue.getJob(wakeUpJobId(KIND, id))))).every(Boolean), {
      description: 'every other wake-up armed again',
      timeoutMs: 20_000,
    });
    expect(await skippedSoFar()).toBeGreaterThan(skippedBefore);

    await db().query(`DELETE FROM wake_ups WHERE subject_id = $1`, [unusable]);
    clock.advance(3 * HOUR);
    for (const id of others) await rungOnce(id);
  });

  it('given a wake-up whose identity BullMQ cannot take, when a use case schedules it, then its transaction fails and nothing is stored', async () => {
    await expect(schedule({ kind: KIND, subjectId: 'has:colon', dueAt: clock.now() })).rejects.toThrow('unusable job id');
    expect(await pending('has:colon')).toBe(0);
  });

  it('given Redis loses every job, then the sweep arms the pending wake-ups again and each rings once when due', async () => {
    const id = subject('flushed');
    await schedule({ kind: KIND, subjectId: id, dueAt: new Date(clock.now().getTime() + 2 * HOUR) });
    await waitFor(() => queue.getJob(wakeUpJobId(KIND, id)), { description: 'the armed job' });

    expect(await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX)).toBeGreaterThan(0);
    expect(await queue.getJob(wakeUpJobId(KIND, id))).toBeUndefined();
    const restored = await waitFor(() => queue.getJob(wakeUpJobId(KIND, id)), { description: 'the job armed again by the sweep', timeoutMs: 20_000 });
    expect(await restored.getState()).toBe('delayed');

    clock.advance(2 * HOUR);
    await rungOnce(id);
  });

  it('given Redis loses a backlog bigger than a sweep page, then one sweep arms every pending wake-up again, and a due backlog rings whole', async () => {
    const later = new Date(clock.now().getTime() + 5 * HOUR);
    const backlog = Array.from({ length: 1_100 }, (_, i) => ({ kind: KIND, subjectId: `backlog-${serial}-${i}`, dueAt: later }));
    await schedule(...backlog);
    await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX);

    const report = await probe.app.get(WakeUps).sweepNow();
    expect(report.restoredAll).toBe(true);
    expect((await queue.getJobCounts('delayed')).delayed).toBeGreaterThanOrEqual(backlog.length);

    clock.advance(6 * HOUR);
    await probe.app.get(WakeUps).sweepNow();
    // 1,100 handler transactions: seconds on a quiet machine, a minute or more on a busy one.
    await waitFor(async () => ((await db().query(`SELECT count(*)::int AS n FROM wake_ups WHERE subject_id LIKE 'backlog-%'`)) as { n: number }[])[0].n === 0, {
      description: 'the whole backlog rung',
      timeoutMs: 150_000,
    });
    expect(((await db().query(`SELECT count(*)::int AS n FROM rings WHERE subject_id LIKE 'backlog-%'`)) as { n: number }[])[0].n).toBe(backlog.length);
  }, 180_000);

  it('given a wake-up that fell due while the service was down, when the service starts again, then it rings once', async () => {
    const id = subject('down');
    await schedule({ kind: KIND, subjectId: id, dueAt: new Date(clock.now().getTime() + HOUR) });
    await probe.close();
    clock.advance(3 * HOUR);

    probe = await start();
    await rungOnce(id);
  });
});
