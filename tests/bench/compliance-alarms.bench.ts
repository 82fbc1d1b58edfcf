/**
 * Deadline alarms at scale: 100,000 open tasks (400,000 alarm steps) in Postgres and Redis.
 * Reports how late alarm wake-ups fire (p50, p99, max) and how long the sweep takes: when
 * Redis lost everything (every future alarm set again), in steady state, and catching up
 * 10,000 steps whose alarms were lost past their due time.
 *
 * Not part of the test suite. Runs the compiled service (tsx emits no decorator metadata,
 * which Nest's injection needs), on local PostgreSQL, Redis and the Kafka mock:
 *   npm run build && npx tsx tests/bench/compliance-alarms.bench.ts
 * Options (env): BENCH_TASKS (100000), BENCH_WAKEUPS (2000), BENCH_DIST (dist).
 */
import { createTestEnvironment, exportToEnv, flushQueuePrefix, startTestInfrastructure } from '@homeward/testing';
import { INestApplicationContext } from '@nestjs/common';
import * as path from 'node:path';
import { DataSource } from 'typeorm';

const TASKS = Number(process.env.BENCH_TASKS ?? 100_000);
const WAKEUPS = Number(process.env.BENCH_WAKEUPS ?? 2_000);
const CATCH_UP = 10_000;
const DIST = path.resolve(process.env.BENCH_DIST ?? 'dist', 'apps/compliance-tracker/src');
const LADDER = { steps: ['reminder', 'overdue', 'escalation-1', 'escalation-2'], hours: [-24, 0, 24, 48] };

// The compiled service, loaded at run time.
const { AppModule } = require(path.join(DIST, 'app.module'));
const { WakeUps } = require(path.join(path.dirname(DIST), '../../libs/platform/src/wake-ups'));
const { NestFactory } = require('@nestjs/core');

interface Sweep {
  sweepNow(): Promise<{ rung: number; rearmed: number; restoredAll: boolean }>;
}

/** Open RHI tasks with due times `firstDueMs + i * spacingMs`, and the given steps of their ladder. */
async function seed(db: DataSource, label: string, count: number, firstDue: Date, spacingMs: number, ladder: { steps: string[]; hours: number[] }) {
  for (let start = 1; start <= count; start += 20_000) {
    const end = Math.min(count, start + 19_999);
    await db.query(
      `WITH t AS (
         INSERT INTO tasks (id, action_key, decision_id, child_id, episode_id, police_reference, type, status, priority, due_at, deadline_rule, anchor_at, reasons)
         SELECT gen_random_uuid(), $3 || '-' || g, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'BENCH/' || $3 || '/' || g, 'RETURN_INTERVIEW', 'OPEN', 'NORMAL',
                $1::timestamptz + (g * $2::double precision) * interval '1 millisecond', '{"unit":"CLOCK_HOURS","amount":72}', now(), ARRAY['bench']
           FROM generate_series($4::int, $5::int) g
         RETURNING id, due_at)
       , steps AS (
         INSERT INTO task_deadline_steps (task_id, deadline_version, step, due_at)
         SELECT t.id, 1, s.step, t.due_at + s.h * interval '1 hour' FROM t, unnest($6::text[], $7::int[]) AS s(step, h)
         RETURNING task_id, step, due_at)
       INSERT INTO wake_ups (kind, subject_id, version, due_at) SELECT 'deadline-' || step, task_id::text, 1, due_at FROM steps`,
      [firstDue, spacingMs, label, start, end, ladder.steps, ladder.hours],
    );
  }
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

async function main(): Promise<void> {
  const infra = await startTestInfrastructure();
  exportToEnv(infra);
  // The scheduled sweep is kept out of the way: each sweep below is run and timed by hand.
  const env = await createTestEnvironment({ WAKE_UP_SWEEP_INTERVAL_MS: String(3_600_000), DATABASE_POOL_SIZE: '10', LOG_LEVEL: 'error' });
  Object.assign(process.env, env.env);
  const app: INestApplicationContext = await NestFactory.createApplicationContext(AppModule, { logger: ['error'] });
  await app.init();
  const db = app.get(DataSource);
  const sweep: Sweep = app.get(WakeUps);
  const fired = async (label: string): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM task_deadline_steps s JOIN tasks t ON t.id = s.task_id WHERE t.action_key LIKE $1 AND s.fired_at IS NOT NULL`, [`${label}-%`]))[0].n;
  const untilFired = async (label: string, count: number): Promise<void> => {
    const deadline = Date.now() + 120_000;
    while ((await fired(label)) < count) {
      if (Date.now() > deadline) throw new Error(`only ${await fired(label)} of ${count} ${label} steps fired within 2 minutes`);
      await new Promise((r) => setTimeout(r, 500)); // a benchmark waits out real time by design
    }
  };
  const figures: Record<string, string> = {};
  try {
    const [, seedMs] = await timed(() => seed(db, 'open', TASKS, new Date(Date.now() + 25 * 3_600_000), (72 * 3_600_000) / TASKS, LADDER));
    figures['seed'] = `${TASKS} tasks, ${TASKS * 4} steps in ${(seedMs / 1000).toFixed(1)} s`;

    // Redis lost everything: the sweep sets every future alarm again.
    await flushQueuePrefix(env.redisUrl, env.env.QUEUE_PREFIX);
    const [restore, restoreMs] = await timed(() => sweep.sweepNow());
    figures['sweep, restoring every alarm'] = `${(restoreMs / 1000).toFixed(1)} s for ${restore.rearmed} alarms (${Math.round(restore.rearmed / (restoreMs / 1000))}/s)`;
    const [steady, steadyMs] = await timed(() => sweep.sweepNow());
    figures['sweep, steady state'] = `${steadyMs.toFixed(0)} ms (rang ${steady.rung}, re-armed ${steady.rearmed} due before the next sweep)`;

    // Wake-up lateness: overdue alarms due over the next 20 s, among the 400,000 waiting ones.
    const first = new Date(Date.now() + 5_000);
    await seed(db, 'wake', WAKEUPS, first, 20_000 / WAKEUPS, { steps: ['overdue'], hours: [0] });
    await sweep.sweepNow(); // arms what is due before the next sweep, as the platform does after each commit
    await untilFired('wake', WAKEUPS);
    const [late] = await db.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM s.fired_at - s.due_at) * 1000 AS ms FROM task_deadline_steps s JOIN tasks t ON t.id = s.task_id WHERE t.action_key LIKE 'wake-%') x`,
    );
    figures['wake-up lateness'] = `p50 ${Number(late.p50).toFixed(0)} ms, p99 ${Number(late.p99).toFixed(0)} ms, max ${Number(late.max).toFixed(0)} ms (${WAKEUPS} alarms over 20 s)`;

    // Alarms lost after they were due: the sweep rings them and their handlers fire them.
    await seed(db, 'lost', CATCH_UP, new Date(Date.now() - 3_600_000), 1, { steps: ['overdue'], hours: [0] });
    const [caught, caughtMs] = await timed(async () => (await sweep.sweepNow(), await untilFired('lost', CATCH_UP), fired('lost')));
    figures['sweep, catching up lost due alarms'] = `${(caughtMs / 1000).toFixed(1)} s to fire ${caught} (${Math.round(caught / (caughtMs / 1000))}/s)`;
  } finally {
    await app.close();
    await env.dispose();
    await infra.stop();
  }
  process.stdout.write(`\ncompliance-tracker deadline alarms (${TASKS} open tasks)\n`);
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k}: ${v}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
