/**
 * The whole system against this machine's limits, in one report: `npm run bench`
 * (tools/scripts/bench.sh builds first). Not part of npm test; nothing here asserts a time.
 * Flags: --national=400000 (size of the national replay; 0 skips it), --soak (30 min at 50/s),
 * --ingest-seconds=20, --e2e-seconds=60, --out=bench, --phases=ingest,e2e,national, --cpu-prof (every service runs with
 * node --cpu-prof; the report gets where each spent its CPU).
 * Writes <out>/report.md, <out>/report.json, <out>/e2e-latency.png and <out>/raw/*.json.
 */
import type { ServiceName } from '@homeward/testing';
import { staffToken } from '@homeward/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';
import { postAll } from '../../faults/support/police-system';
import { generateNotificationMix } from '../../faults/support/notification-mix';
import { writeLatencyChart } from './chart';
import { latenciesFromRows, notificationsFor, percentiles, pollUntilVisible, postAtRate, Sent } from './end-to-end';
import { LoadFigures, pgbenchInserts, postWithAutocannon, withBareHandler } from './ingest';
import { CpuWatch } from './cpu';
import { machineFacts } from './machine';
import { MemoryWatch } from './memory';
import { summariseProfiles } from './profile';
import { writeReport } from './report';
import { waitForQuiet } from './settle';
import { BenchStack, startBenchStack } from './stack';

const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? (process.argv.includes(`--${name}`) ? 'true' : fallback);
const OPTIONS = {
  national: Number(flag('national', '400000')),
  soak: flag('soak', 'false') === 'true',
  ingestSeconds: Number(flag('ingest-seconds', '20')),
  e2eSeconds: Number(flag('e2e-seconds', '60')),
  out: resolve(flag('out', 'bench')),
  cpuProf: flag('cpu-prof', 'false') === 'true',
  phases: flag('phases', 'ingest,e2e,national').split(','),
};
const CONNECTIONS = [8, 32, 128];
const DAY = 86_400_000;
const log = (line: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

export interface IngestRow {
  connections: number;
  ingest: LoadFigures;
  pgbench: LoadFigures;
  bare: LoadFigures;
  downstreamCaughtUpS: number;
}

async function ingest(stack: BenchStack, memory: MemoryWatch): Promise<IngestRow[]> {
  memory.phase('ingest');
  // Dated a minute ago: historical dates would make every task overdue and fire its escalations.
  const [template] = notificationsFor(1, 'AC', 7, 60_000);
  const pg: LoadFigures[] = [];
  for (const c of CONNECTIONS) {
    log(`pgbench one-row inserts, ${c} clients`);
    pg.push(await pgbenchInserts(stack.env.databaseUrl, c, OPTIONS.ingestSeconds, join(OPTIONS.out, 'raw')));
  }
  const bare = await withBareHandler(async (url) => {
    const out: LoadFigures[] = [];
    for (const c of CONNECTIONS) {
      log(`bare Nest handler, ${c} connections`);
      out.push(await postWithAutocannon(url, 'none', template, c, OPTIONS.ingestSeconds, 'BARE'));
    }
    return out;
  });
  const rows: IngestRow[] = [];
  for (const [i, c] of CONNECTIONS.entries()) {
    log(`ingest-api, ${c} connections`);
    const figures = await postWithAutocannon(stack.stack.url('ingest-api'), stack.apiKey, template, c, OPTIONS.ingestSeconds, `AC${c}`);
    log(`  ${figures.perSecond.toFixed(0)}/s accepted; waiting for the other services to catch up`);
    const caughtUp = await waitForQuiet(stack.db, 30 * 60_000);
    rows.push({ connections: c, ingest: figures, pgbench: pg[i], bare: bare[i], downstreamCaughtUpS: caughtUp / 1000 });
  }
  return rows;
}

export interface EndToEndRun {
  rate: number;
  seconds: number;
  posted: number;
  refused: number;
  task: ReturnType<typeof percentiles>;
  alert: ReturnType<typeof percentiles>;
  polledTask: ReturnType<typeof percentiles>;
  polledAlert: ReturnType<typeof percentiles>;
  quietAfterS: number;
}

async function endToEnd(stack: BenchStack, memory: MemoryWatch, rate: number, seconds: number, tag: string) {
  memory.phase(`e2e ${rate}/s`);
  const notifications = notificationsFor(rate * seconds, tag, rate, 3_600_000);
  // One a second: pollers of a lagging system would otherwise load the very services they watch.
  const sampleEvery = rate;
  const polls: Promise<{ task: number | null; alert: number | null }>[] = [];
  let index = 0;
  const started = Date.now();
  log(`end to end at ${rate}/s for ${seconds} s (${notifications.length} notifications)`);
  const sent = await postAtRate(stack.stack.url('ingest-api'), stack.apiKey, notifications, rate, (s: Sent) => {
    // A sample is also watched through the public APIs, every 10 ms, as a user would see it.
    if (index++ % sampleEvery !== 0 || s.status !== 202) return;
    const ref = encodeURIComponent(s.policeReference);
    polls.push(
      Promise.all([
        pollUntilVisible(`/v1/tasks?policeReference=${ref}`, stack.stack.url('compliance-tracker'), s.sentAt, 10, 10_000),
        pollUntilVisible(`/v1/alerts?policeReference=${ref}`, stack.stack.url('alerting'), s.sentAt, 10, 10_000, `Bearer ${staffToken({ staffId: 'bench-reader', role: 'READ_ONLY' })}`),
      ]).then(([task, alert]) => ({ task, alert })),
    );
  });
  const quiet = await waitForQuiet(stack.db, 30 * 60_000);
  const polled = await Promise.all(polls);
  const latencies = await latenciesFromRows(stack.db, sent.filter((s) => s.status === 202), started);
  const num = (v: (number | null)[]) => v.filter((x): x is number => x !== null);
  const run: EndToEndRun = {
    rate,
    seconds,
    posted: sent.length,
    refused: sent.filter((s) => s.status !== 202).length,
    task: percentiles(num(latencies.map((l) => l.taskMs))),
    alert: percentiles(num(latencies.map((l) => l.alertMs))),
    polledTask: percentiles(num(polled.map((p) => p.task))),
    polledAlert: percentiles(num(polled.map((p) => p.alert))),
    quietAfterS: quiet / 1000,
  };
  writeFileSync(join(OPTIONS.out, 'raw', `e2e-${rate}.json`), JSON.stringify(latencies));
  log(`  task p50 ${run.task.p50} p99 ${run.task.p99} max ${run.task.max} ms; alert p50 ${run.alert.p50} p99 ${run.alert.p99} ms`);
  return { run, latencies };
}

export interface NationalRun {
  notifications: number;
  children: number;
  accepted: number;
  repeats: number;
  retries: number;
  postingS: number;
  lastDecisionS: number;
  lastTaskS: number;
  decisions: number;
  tasks: number;
  alerts: number;
  statements: Awaited<ReturnType<typeof statementsPer>>;
}

async function national(stack: BenchStack, memory: MemoryWatch, size: number): Promise<NationalRun> {
  memory.phase('national');
  const children = generateNotificationMix({ notifications: size, seed: 2026, startsAt: new Date(Date.now() - 400 * DAY) }).map((stream) =>
    stream.map((n) => ({ ...n, notificationId: `N-${n.notificationId}`, policeReference: `N-${n.policeReference}` })),
  );
  const total = children.reduce((s, c) => s + c.length, 0);
  log(`national replay: ${total} notifications for ${children.length} children`);
  await stack.db.query('SELECT pg_stat_statements_reset()');
  const started = Date.now();
  const progress = setInterval(() => void stack.db.query('SELECT count(*)::int AS n FROM protocol.applied_notifications').then((r) => log(`  ${r.rows[0].n} decided`)), 30_000);
  const posted = await postAll(() => stack.stack.url('ingest-api'), stack.apiKey, children, 64);
  const postingS = (Date.now() - started) / 1000;
  log(`  posted in ${postingS.toFixed(0)} s; waiting for every decision and task`);
  await waitForQuiet(stack.db, 4 * 3_600_000, undefined, 2_000);
  clearInterval(progress);
  const { rows } = await stack.db.query<{ last_decision: Date; last_task: Date; decisions: number; tasks: number; alerts: number }>(
    `SELECT (SELECT max(decided_at) FROM protocol.applied_notifications WHERE police_reference LIKE 'N-%') AS last_decision,
            (SELECT max(created_at) FROM compliance.tasks WHERE police_reference LIKE 'N-%') AS last_task,
            (SELECT count(*) FROM protocol.decisions WHERE police_reference LIKE 'N-%')::int AS decisions,
            (SELECT count(*) FROM compliance.tasks WHERE police_reference LIKE 'N-%')::int AS tasks,
            (SELECT count(*) FROM alerting.alerts WHERE police_reference LIKE 'N-%')::int AS alerts`,
  );
  const r = rows[0];
  const statements = await statementsPer(stack, total);
  return {
    statements,
    notifications: total,
    children: children.length,
    ...posted,
    postingS,
    lastDecisionS: (r.last_decision.getTime() - started) / 1000,
    lastTaskS: (r.last_task.getTime() - started) / 1000,
    decisions: r.decisions,
    tasks: r.tasks,
    alerts: r.alerts,
  };
}

async function soak(stack: BenchStack, memory: MemoryWatch) {
  memory.phase('soak');
  const seconds = 30 * 60;
  log('soak: 50/s for 30 minutes');
  const sent = await postAtRate(stack.stack.url('ingest-api'), stack.apiKey, notificationsFor(50 * seconds, 'SOAK', 50, 3_600_000), 50);
  // No settle wait: live high-risk alerts keep escalating for as long as nobody acknowledges them.
  return { posted: sent.length, refused: sent.filter((s) => s.status !== 202).length };
}

async function main() {
  mkdirSync(join(OPTIONS.out, 'raw'), { recursive: true });
  const machine = { ...machineFacts(), loadAtEnd: [] as number[], finishedAt: '' };
  log(`starting infrastructure and services (load average ${machine.loadAtStart.map((l) => l.toFixed(2)).join(' ')})`);
  const profileDir = join(OPTIONS.out, 'raw', 'profiles');
  const stack = await startBenchStack(OPTIONS.cpuProf ? profileDir : undefined);
  const pids = stack.pids();
  const cpu = new CpuWatch();
  const memory = new MemoryWatch(stack.pids() as Record<ServiceName, number>, 2_000, (name) => cpu.phase(name));
  const report: Record<string, unknown> = { options: OPTIONS, machine };
  const save = () => {
    machine.loadAtEnd = os.loadavg();
    machine.finishedAt = new Date().toISOString();
    report.memory = memory.summary();
    report.cpu = cpu.summary();
    writeFileSync(join(OPTIONS.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(OPTIONS.out, 'raw', 'memory.json'), JSON.stringify(memory.samples));
    writeReport(join(OPTIONS.out, 'report.md'), report);
  };
  try {
    await new Promise((r) => setTimeout(r, 5_000)); // idle RSS after start-up settles
    memory.phase('idle');
    await new Promise((r) => setTimeout(r, 5_000));
    if (OPTIONS.phases.includes('ingest')) report.ingest = await ingest(stack, memory);
    save();
    if (OPTIONS.phases.includes('e2e')) {
      const e2e = [];
      for (const rate of [10, 100]) e2e.push(await endToEnd(stack, memory, rate, OPTIONS.e2eSeconds, `E${rate}`));
      report.endToEnd = e2e.map((e) => e.run);
      writeLatencyChart(join(OPTIONS.out, 'e2e-latency.png'), e2e.map((e) => ({ title: `${e.run.rate} notifications/s for ${e.run.seconds} s`, points: e.latencies })));
      save();
    }
    if (OPTIONS.national > 0 && OPTIONS.phases.includes('national')) report.national = await national(stack, memory, OPTIONS.national);
    save();
    if (OPTIONS.soak) report.soak = await soak(stack, memory);
    memory.phase('done');
    report.tables = await tableScans(stack);
    save();
  } finally {
    memory.stop();
    cpu.stop();
    await stack.stop();
  }
  if (OPTIONS.cpuProf) {
    // Profiles are written as each service exits; file names carry the pid.
    const names = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [String(pid), name]));
    report.profiles = summariseProfiles(profileDir)
      .map((p) => ({ service: names[/\.(\d+)\.\d+\.\d+\.cpuprofile$/.exec(p.file)?.[1] ?? ''] ?? p.file, ...p }))
      .filter((p) => !p.service.endsWith('.cpuprofile'));
    save();
  }
  log(`wrote ${join(OPTIONS.out, 'report.md')}`);
}

/** The national replay's statements, most called first: round trips per notification are what CPU goes on. */
async function statementsPer(stack: BenchStack, notifications: number) {
  const { rows } = await stack.db.query<{ query: string; calls: string; total_ms: number; mean_ms: number }>(
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total_ms, mean_exec_time AS mean_ms
       FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      ORDER BY calls DESC`,
  );
  const calls = rows.reduce((s, x) => s + Number(x.calls), 0);
  return {
    perNotification: calls / notifications,
    top: rows.slice(0, 15).map((x) => ({ query: x.query.slice(0, 160), perNotification: Number(x.calls) / notifications, meanMs: x.mean_ms, totalS: x.total_ms / 1000 })),
  };
}

/** Tables read by sequential scans under load: the place to look for a missing index. */
async function tableScans(stack: BenchStack) {
  const { rows } = await stack.db.query(
    `SELECT schemaname || '.' || relname AS "table", seq_scan::int AS "seqScans", seq_tup_read::bigint::text AS "rowsReadBySeqScans",
            coalesce(idx_scan, 0)::int AS "indexScans", n_live_tup::int AS "rows"
       FROM pg_stat_user_tables WHERE schemaname IN ('ingest', 'protocol', 'compliance', 'alerting')
      ORDER BY seq_tup_read DESC LIMIT 8`,
  );
  return rows;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
