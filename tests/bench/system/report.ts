import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/* The report object is assembled by run.ts; typed loosely here, it is only printed. */
/* eslint-disable @typescript-eslint/no-explicit-any */
const f0 = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Math.round(v).toLocaleString('en-GB'));
const f1 = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '–' : v.toFixed(1));
const pct = (a: number, b: number) => (b > 0 ? `${Math.round((100 * a) / b)}%` : '–');
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

function machine(r: any): string[] {
  const m = r.machine;
  return [
    '## The machine and the run',
    '',
    `- ${m.cpus} cores (${m.cpuModel}), ${f1(m.memoryGb)} GB memory, Node ${m.node}.`,
    `- A shared, noisy box: other developers' builds and tests run beside the bench. Load average (1/5/15 min) at start ${m.loadAtStart.map(f1).join(' / ')}, at end ${m.loadAtEnd.map(f1).join(' / ')}.`,
    `- Run ${m.startedAt} → ${m.finishedAt}. Options: ${JSON.stringify(r.options)}.`,
    // A report may join phases from an earlier run of the same code (a run cut short, say).
    ...(r.earlierRuns ?? []).map(
      (e: any) => `- Phases ${e.phases.join(', ')} come from an earlier run of the same build, ${e.startedAt} → ${e.finishedAt}, load average ${e.loadAtStart.map(f1).join(' / ')} → ${e.loadAtEnd.map(f1).join(' / ')}.`,
    ),
    '- Local binaries, one of each: PostgreSQL started with `durable: false` (fsync, synchronous_commit and full_page_writes off — a throwaway cluster, so every database figure here is above what a durable disk gives), Redis, and the librdkafka mock broker in memory in place of Kafka (48 partitions a topic: it keeps about 5 MB a partition, read or not).',
    '- The four built services (`dist/`) as `npm start` runs them: NODE_ENV=development, LOG_LEVEL=info (pino, one line per request to a file), DATABASE_POOL_SIZE=10, OUTBOX_POLL_INTERVAL_MS=250, KAFKA_FETCH_MAX_WAIT_MS=25 (the mock broker holds an empty fetch for the whole wait; README), one process each; ingest\'s per-force rate limit (600 a minute by default) lifted with RATE_LIMIT_PER_FORCE, or it would be what is measured. The load generators (autocannon, pgbench, the poster) run on the same two cores.',
    '',
  ];
}

function ingest(r: any): string[] {
  if (!r.ingest) return [];
  const rows: any[] = r.ingest;
  return [
    '## 1. Ingest: accepted notifications per second',
    '',
    `autocannon posts valid, distinct notifications (its own notificationId, police reference and child per request) for ${r.options.ingestSeconds} s per connection count; the other three services keep consuming meanwhile, as in production. pgbench runs one-row INSERT transactions (a unique text key and a ~700-byte jsonb body, like ingest's row) on the same PostgreSQL with the same client counts; the bare handler is a NestJS app (Express) whose POST parses JSON and answers 202.`,
    '',
    '| connections | ingest accepted/s | ingest p50 / p99 ms | pgbench tx/s (avg ms) | bare Nest req/s (p50 / p99 ms) | ingest ÷ pgbench (target 60%) | ingest ÷ bare (target 50%) | other services caught up after |',
    '| --: | --: | --: | --: | --: | --: | --: | --: |',
    ...rows.map(
      (x) =>
        `| ${x.connections} | ${f0(x.ingest.perSecond)}${x.ingest.failures ? ` (${x.ingest.failures} failed)` : ''} | ${f0(x.ingest.p50Ms)} / ${f0(x.ingest.p99Ms)} | ${f0(x.pgbench.perSecond)} (${f1(x.pgbench.p50Ms)}) | ${f0(x.bare.perSecond)} (${f0(x.bare.p50Ms)} / ${f0(x.bare.p99Ms)}) | ${pct(x.ingest.perSecond, x.pgbench.perSecond)} ${verdict(x.ingest.perSecond >= 0.6 * x.pgbench.perSecond)} | ${pct(x.ingest.perSecond, x.bare.perSecond)} ${verdict(x.ingest.perSecond >= 0.5 * x.bare.perSecond)} | ${f0(x.downstreamCaughtUpS)} s |`,
    ),
    '',
  ];
}

function endToEnd(r: any): string[] {
  if (!r.endToEnd) return [];
  const runs: any[] = r.endToEnd;
  const ms = (p: any) => `${f0(p.p50)} / ${f0(p.p99)} / ${f0(p.max)} (n=${p.n})`;
  const at100 = runs.find((x) => x.rate === 100);
  return [
    '## 2. End to end: POST → task visible, POST → alert in the feed',
    '',
    'Open loop: notification i is posted at start + i/rate whatever the earlier ones are doing, from the fault tests\' realistic mix (missing reports, risk updates, found reports, retries, out-of-order found reports). **From rows**: for every accepted notification, the first `compliance.tasks.created_at` of the tasks its decision created, and the first `alerting.alerts.raised_at` of the alerts raised for its decision-made event, minus the moment the POST was sent (same machine clock; `created_at` is the creating transaction\'s start, so a few ms early). Only notifications whose decision requires a task, or an alert, count in that column. **Polled**: a sample (one a second) watched through `GET /v1/tasks?policeReference=` (as the development CMO) and `GET /v1/alerts?policeReference=` every 10 ms for the first second, every 100 ms after — what a user sees, polling granularity included.',
    '',
    '| rate | posted (refused) | task p50 / p99 / max ms, from rows | alert p50 / p99 / max ms, from rows | task, polled API | alert, polled API | quiet after last post |',
    '| --: | --: | --: | --: | --: | --: | --: |',
    ...runs.map((x) => `| ${x.rate}/s × ${x.seconds} s | ${x.posted} (${x.refused}) | ${ms(x.task)} | ${ms(x.alert)} | ${ms(x.polledTask)} | ${ms(x.polledAlert)} | ${f0(x.quietAfterS)} s |`),
    '',
    at100
      ? `Targets at 100/s, task: p50 < 100 ms ${verdict((at100.task.p50 ?? Infinity) < 100)}, p99 < 500 ms ${verdict((at100.task.p99 ?? Infinity) < 500)}; alert: p50 ${verdict((at100.alert.p50 ?? Infinity) < 100)}, p99 ${verdict((at100.alert.p99 ?? Infinity) < 500)}.`
      : '',
    '',
    '![Latency over time, each dot one notification](e2e-latency.png)',
    '',
  ];
}

function national(r: any): string[] {
  const n = r.national;
  if (!n) return ['## 3. A national year', '', 'Not in this run (`--national=0`, or the run stopped before it).', ''];
  const minutes = Math.max(n.lastDecisionS, n.lastTaskS) / 60;
  return [
    '## 3. A national year replayed at once',
    '',
    `${f0(n.notifications)} generated notifications (the fault tests' mix, seed 2026) for ${f0(n.children)} children, posted by the fault tests' police-system poster (each child's notifications in order, 64 children at a time, retrying until 2xx) as fast as ingest takes them. Times from the start of posting to the last row's own timestamp.`,
    '',
    '| | |',
    '| --- | --: |',
    `| posting done (accepted / repeats answered 200 / retries) | ${f0(n.postingS)} s (${f0(n.accepted)} / ${f0(n.repeats)} / ${f0(n.retries)}) |`,
    `| last decision made | ${f0(n.lastDecisionS)} s |`,
    `| last task created | ${f0(n.lastTaskS)} s |`,
    `| decisions / tasks / alerts | ${f0(n.decisions)} / ${f0(n.tasks)} / ${f0(n.alerts)} |`,
    `| every decision and task exists after | **${f1(minutes)} min**${n.notifications < 400_000 ? ` for ${f0(n.notifications)} notifications` : ''} |`,
    `| throughput, notifications decided and tasked per second | ${f0(n.notifications / Math.max(n.lastDecisionS, n.lastTaskS))} |`,
    '',
    n.notifications < 400_000
      ? `This run replayed ${f0(n.notifications)}, not 400,000. At its throughput the full national year would take about **${f0(400_000 / (n.notifications / Math.max(n.lastDecisionS, n.lastTaskS)) / 60)} min** — target < 10 min ${verdict(400_000 / (n.notifications / Math.max(n.lastDecisionS, n.lastTaskS)) < 600)} (a linear projection; larger tables would only slow it).`
      : `Target < 10 min ${verdict(minutes < 10)}.`,
    '',
  ];
}

function memory(r: any): string[] {
  const rows: any[] = r.memory ?? [];
  return [
    '## 4. Memory (VmRSS of each service process, sampled every 2 s)',
    '',
    '| service | idle MB | peak MB (during) | soak first 5 min MB | soak last 5 min MB | < 300 MB |',
    '| --- | --: | --: | --: | --: | --- |',
    ...rows.map((x) => `| ${x.service} | ${f0(x.idleMb)} | ${f0(x.peakMb)} (${x.peakPhase}) | ${f0(x.soakFirst5MinMb)} | ${f0(x.soakLast5MinMb)} | ${verdict(x.peakMb < 300)} |`),
    '',
    r.soak ? `Soak: ${r.soak.posted} notifications at 50/s over 30 min, ${r.soak.refused} refused.` : 'The 30-minute soak at 50/s is behind `--soak` and was not part of this run.',
    '',
  ];
}

function whereTimeGoes(r: any): string[] {
  const lines: string[] = [];
  if (r.tables?.length) {
    lines.push('## Where the time goes', '', 'Tables by rows read through sequential scans over the whole run (pg_stat_user_tables):', '');
    lines.push('| table | seq scans | rows read by seq scans | index scans | rows |', '| --- | --: | --: | --: | --: |');
    lines.push(...r.tables.map((t: any) => `| ${t.table} | ${f0(t.seqScans)} | ${f0(Number(t.rowsReadBySeqScans))} | ${f0(t.indexScans)} | ${f0(t.rows)} |`), '');
  }
  const cpu: { phase: string; cpuSeconds: Record<string, number> }[] = (r.cpu ?? []).filter((p: any) => !['start-up', 'idle', 'done'].includes(p.phase));
  if (cpu.length) {
    const groups = [...new Set(cpu.flatMap((p) => Object.keys(p.cpuSeconds)))];
    lines.push('CPU seconds (user + system, from /proc) by process and phase; the machine has 2 × the phase\'s wall seconds to give:', '');
    lines.push(`| phase | ${groups.join(' | ')} | all |`, `| --- | ${groups.map(() => '--:').join(' | ')} | --: |`);
    for (const p of cpu) {
      const all = Object.values(p.cpuSeconds).reduce((a, b) => a + b, 0);
      lines.push(`| ${p.phase} | ${groups.map((g) => f0(p.cpuSeconds[g] ?? 0)).join(' | ')} | ${f0(all)} |`);
    }
    lines.push('');
  }
  const st = r.national?.statements;
  if (st) {
    lines.push(
      `SQL statements in the national replay (pg_stat_statements): **${f1(st.perNotification)} per notification** across the four services. The most called:`,
      '',
      '| statement | per notification | mean ms | total s |',
      '| --- | --: | --: | --: |',
      ...st.top.map((q: any) => `| \`${q.query.replace(/\|/g, '\\|')}\` | ${f1(q.perNotification)} | ${q.meanMs.toFixed(3)} | ${f1(q.totalS)} |`),
      '',
    );
  }
  if (r.profiles?.length) {
    lines.push('CPU by owner of the code (self time, `node --cpu-prof` over the whole run, idle excluded):', '');
    for (const p of r.profiles) lines.push(`- **${p.service}** (${p.busyS} s busy): ${p.byOwner.map((o: any) => `${o.owner} ${o.share}`).join(', ')}`);
    lines.push('');
  }
  return lines;
}

export function writeReport(file: string, r: any): void {
  const notes = join(dirname(file), 'notes.md');
  const lines = [
    '# Homeward: the whole system against this machine\'s limits',
    '',
    'Made by `npm run bench` (tools/scripts/bench.sh: build, then `tsx tests/bench/system/run.ts`). Figures, not assertions: compare them with the machine\'s own limits measured in the same run. Raw figures: report.json (and bench/raw/, not committed).',
    '',
    ...machine(r),
    ...ingest(r),
    ...endToEnd(r),
    ...national(r),
    ...memory(r),
    ...whereTimeGoes(r),
    ...(existsSync(notes) ? [readFileSync(notes, 'utf8')] : []),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
}
