/**
 * How soon a HIGH-risk missing child reaches the people who must act: from ingest-api's 202 for
 * the police notification to (a) the first HIGH_RISK alert for its police reference on alerting's
 * live feed (the server-sent-events stream, read as it arrives, not polled) and (b) the e-mail
 * for it arriving at an SMTP server. Steady (open-loop) posting at 10 and then 100
 * notifications/s; count, p50, p99, max and how many never arrived within the timeout, per rate
 * and channel.
 *
 *   npm run build && npx tsx --tsconfig tsconfig.json tests/bench/alerting-latency.bench.ts [--seconds=60] [--rates=10,100] [--timeout-seconds=60] [--drain-seconds=300] [--out=bench]
 *
 * An alert later than --timeout-seconds after its 202 counts as never arrived; the bench keeps
 * waiting up to --drain-seconds for the stragglers all the same, to report when the backlog clears.
 *
 * Starts its own local PostgreSQL, Redis and Kafka mock and the four built services (dist/)
 * as `npm start` runs them (tests/bench/system/stack.ts), with alerting's SMTP_URL pointed at
 * an SMTP server (npm smtp-server) in this process that notes when each message has fully
 * arrived, and one e-mail subscription for every HIGH_RISK alert (the default routing puts
 * them in the feed only). Writes <out>/alerting-latency.json and <out>/alerting-latency.md
 * (and <out>/raw/alerting-latency-<rate>.json, per notification: [s into the run, ms from the 202
 * to raised, to the feed, to the e-mail]).
 * Not part of `npm test`; nothing here asserts a time.
 */
import { staffToken, TEST_STAFF_TOKEN_SECRET } from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { SMTPServer } from 'smtp-server';
import type { GeneratedNotification } from '../faults/support/notification-mix';
import { percentiles, postAtRate, Sent } from './system/end-to-end';
import { machineFacts } from './system/machine';
import { waitForQuiet } from './system/settle';
import { BenchStack, startBenchStack } from './system/stack';

const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const OPTIONS = {
  seconds: Number(flag('seconds', '60')),
  rates: flag('rates', '10,100').split(',').map(Number),
  timeoutSeconds: Number(flag('timeout-seconds', '60')),
  /** Past the timeout, how long to keep waiting for the stragglers, to see when the backlog clears. */
  drainSeconds: Number(flag('drain-seconds', '300')),
  out: resolve(flag('out', 'bench')),
};
const RECIPIENT = 'duty.manager@bench.example';
const log = (line: string) => process.stdout.write(`[alerting-latency ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)); // a benchmark waits out real time by design

/** Alerting's HTTP API wants a staff token; the bench's services verify it with this secret. */
const STAFF_SECRET = TEST_STAFF_TOKEN_SECRET;

/**
 * The one place the bench authenticates to alerting's HTTP API: a manager's staff token (managers
 * may change subscriptions), as a bearer header, and as `?access_token=` for the stream, which
 * accepts it there because an EventSource cannot send headers.
 */
function alertingAccess(): { headers: Record<string, string>; query: Record<string, string> } {
  const token = staffToken({ staffId: 'bench.duty.manager', role: 'MANAGER' }, STAFF_SECRET, { ttlSeconds: 6 * 3600 });
  return { headers: { authorization: `Bearer ${token}` }, query: { access_token: token } };
}

/** Only the stream takes the token in its query. */
function alertingUrl(base: string, path: string, query: Record<string, string> = {}, tokenInQuery = false): string {
  const params = new URLSearchParams({ ...query, ...(tokenInQuery ? alertingAccess().query : {}) }).toString();
  return `${base}${path}${params ? `?${params}` : ''}`;
}

/** When each police reference first arrived on a channel, in this process's clock (ms). */
type Arrivals = Map<string, number>;

/** An SMTP server that notes when each message has wholly arrived, by the police reference in its subject. */
async function startSmtpRecorder(arrivals: Arrivals): Promise<{ url: string; received: () => number; close: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 4_096) head += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const at = Date.now();
        received++;
        // The sender writes `[Homeward] HIGH RISK: police reference <ref>`; long subjects fold onto a second line.
        const subject = /^Subject:(.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '';
        const ref = /police reference (\S+)/.exec(subject)?.[1];
        if (ref && !arrivals.has(ref)) arrivals.set(ref, at);
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received: () => received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/**
 * Reads alerting's server-sent-event stream of HIGH_RISK alerts, noting when each police
 * reference first shows. node:http, not fetch: fetch gives up on a body quiet for 5 minutes.
 */
async function watchFeed(alertingBase: string, arrivals: Arrivals): Promise<{ events: () => number; close: () => void }> {
  let events = 0;
  let pending = '';
  const onText = (text: string) => {
    const at = Date.now();
    pending += text;
    let end: number;
    while ((end = pending.indexOf('\n\n')) >= 0) {
      const frame = pending.slice(0, end);
      pending = pending.slice(end + 2);
      const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5)).join('\n');
      if (!data) continue;
      events++;
      const ref = (JSON.parse(data) as { policeReference?: string }).policeReference;
      if (ref && !arrivals.has(ref)) arrivals.set(ref, at);
    }
  };
  const req = get(alertingUrl(alertingBase, '/v1/alerts/stream', { kind: 'HIGH_RISK' }, true), { headers: { accept: 'text/event-stream' } });
  let closing = false;
  await new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      if (res.statusCode !== 200) return reject(new Error(`the alert stream answered HTTP ${res.statusCode}`));
      res.setEncoding('utf8');
      res.on('data', onText);
      res.on('end', () => closing || log('the alert stream ended early: arrivals after this are missed'));
      resolve();
    });
    req.on('error', (error) => (closing ? undefined : reject(error)));
  });
  return {
    events: () => events,
    close: () => {
      closing = true;
      req.destroy();
    },
  };
}

/** Every HIGH_RISK alert also goes to one duty manager by e-mail, whoever the child's authority. */
async function subscribeByEmail(alertingBase: string): Promise<void> {
  const res = await fetch(alertingUrl(alertingBase, '/v1/subscriptions'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...alertingAccess().headers },
    body: JSON.stringify({ kind: 'HIGH_RISK', recipient: { type: 'PERSON', id: 'bench.duty.manager' }, channels: [{ type: 'EMAIL', address: RECIPIENT }] }),
  });
  if (!res.ok) throw new Error(`creating the e-mail subscription answered HTTP ${res.status}: ${await res.text()}`);
}

/** HIGH-risk missing reports, each a new child and police reference, happening now. */
function highRiskReports(count: number, tag: string): GeneratedNotification[] {
  const run = randomUUID().slice(0, 6);
  return Array.from({ length: count }, (_, i): GeneratedNotification => ({
    notificationId: `AL-${tag}-${run}-${i}`,
    type: 'MISSING_REPORTED',
    policeReference: `AL${tag}/${run}/${i}`,
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    child: { givenName: 'Bench', familyName: `Child-${run}-${i}`, dateOfBirth: `201${i % 8}-0${1 + (i % 9)}-1${i % 10}` },
    riskLevel: 'HIGH',
    careStatus: 'NOT_KNOWN',
    missingFrom: 'HOME',
  }));
}

interface ChannelFigures {
  /** Arrived within the timeout; the percentiles are of these. */
  arrived: number;
  neverArrived: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  /** Arrived at all, however late (within the drain wait), and the percentiles of those: the tail the timeout cuts off. */
  eventually: { arrived: number; p50Ms: number | null; p99Ms: number | null; maxMs: number | null };
}

interface RateRun {
  rate: number;
  seconds: number;
  posted: number;
  accepted: number;
  /** Answers other than 202 by HTTP status; 0 is no answer within 30 s. */
  refused: Record<string, number>;
  /** Offered rate achieved: accepted notifications over the posting time. */
  postedPerSecond: number;
  /** Not a channel: when alerting committed the first alert (alerting.alerts.raised_at), to tell the pipeline's lag from delivery's. */
  raised: ChannelFigures;
  feed: ChannelFigures;
  email: ChannelFigures;
  /** How long after the last 202 the last alert arrived (or the drain wait gave up). */
  drainedAfterS: number;
  /** Feed and e-mail deliveries of this rate's alerts alerting recorded SENT, over the span from the first to the last. */
  deliveriesPerSecond: number;
  loadAverage: { before: number[]; after: number[] };
}

/** A POST and when its answer (202 when accepted) was read: the latencies count from that moment. */
type Answered = Sent & { answeredAt: number };

async function postNotingAnswers(stack: BenchStack, notifications: GeneratedNotification[], rate: number): Promise<Answered[]> {
  const answeredAt = new Map<string, number>();
  const sent = await postAtRate(stack.stack.url('ingest-api'), stack.apiKey, notifications, rate, (s) => answeredAt.set(s.notificationId, Date.now()));
  return sent.map((s) => ({ ...s, answeredAt: answeredAt.get(s.notificationId) ?? Date.now() }));
}

function refusedByStatus(sent: Sent[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const s of sent) if (s.status !== 202) by[s.status] = (by[s.status] ?? 0) + 1;
  return by;
}

function figures(accepted: Answered[], arrivals: Arrivals, timeoutMs: number): ChannelFigures {
  const all = accepted.flatMap((s) => {
    const at = arrivals.get(s.policeReference);
    return at === undefined ? [] : [at - s.answeredAt];
  });
  const p = percentiles(all.filter((ms) => ms <= timeoutMs));
  const e = percentiles(all);
  return { arrived: p.n, neverArrived: accepted.length - p.n, p50Ms: p.p50, p99Ms: p.p99, maxMs: p.max, eventually: { arrived: e.n, p50Ms: e.p50, p99Ms: e.p99, maxMs: e.max } };
}

async function runAt(stack: BenchStack, rate: number, feed: Arrivals, email: Arrivals): Promise<RateRun> {
  const before = os.loadavg();
  const notifications = highRiskReports(Math.round(rate * OPTIONS.seconds), String(rate));
  log(`${rate}/s for ${OPTIONS.seconds} s: ${notifications.length} HIGH-risk missing reports (load average ${before.map((l) => l.toFixed(2)).join(' ')})`);
  const started = Date.now();
  const sent = await postNotingAnswers(stack, notifications, rate);
  const accepted = sent.filter((s) => s.status === 202);
  const postingS = (Math.max(...sent.map((s) => s.answeredAt)) - started) / 1000;
  log(`  ${accepted.length} accepted (${sent.length - accepted.length} not: ${JSON.stringify(refusedByStatus(sent))}) in ${postingS.toFixed(1)} s; waiting for the alerts`);
  const timeoutMs = OPTIONS.timeoutSeconds * 1000;
  const lastAnswer = Math.max(...accepted.map((s) => s.answeredAt));
  const allIn = () => accepted.every((s) => feed.has(s.policeReference) && email.has(s.policeReference));
  while (!allIn() && Date.now() < lastAnswer + Math.max(timeoutMs, OPTIONS.drainSeconds * 1000)) await sleep(200);
  const raised = await raisedAt(stack, accepted);
  const arrivedLast = Math.max(lastAnswer, ...accepted.flatMap((s) => [feed.get(s.policeReference) ?? 0, email.get(s.policeReference) ?? 0]));
  const run: RateRun = {
    rate,
    seconds: OPTIONS.seconds,
    posted: sent.length,
    accepted: accepted.length,
    refused: refusedByStatus(sent),
    postedPerSecond: accepted.length / postingS,
    raised: figures(accepted, raised, timeoutMs),
    feed: figures(accepted, feed, timeoutMs),
    email: figures(accepted, email, timeoutMs),
    drainedAfterS: (arrivedLast - lastAnswer) / 1000,
    deliveriesPerSecond: await deliveryRate(stack, accepted),
    loadAverage: { before, after: os.loadavg() },
  };
  // Per notification, for a look at latency over time: seconds into the run, then ms from the 202 to each stage (null: never).
  const after = (at: number | undefined, s: Answered) => (at === undefined ? null : at - s.answeredAt);
  mkdirSync(join(OPTIONS.out, 'raw'), { recursive: true });
  writeFileSync(
    join(OPTIONS.out, 'raw', `alerting-latency-${rate}.json`),
    JSON.stringify(accepted.map((s) => [(s.answeredAt - started) / 1000, after(raised.get(s.policeReference), s), after(feed.get(s.policeReference), s), after(email.get(s.policeReference), s)])),
  );
  for (const channel of ['raised', 'feed', 'email'] as const) {
    const f = run[channel];
    log(`  ${channel}: ${f.arrived} arrived, p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms, max ${f.maxMs} ms, ${f.neverArrived} not within ${OPTIONS.timeoutSeconds} s; at all ${f.eventually.arrived}, p50 ${f.eventually.p50Ms} ms, p99 ${f.eventually.p99Ms} ms, max ${f.eventually.maxMs} ms`);
  }
  log(`  alerting sent ${run.deliveriesPerSecond.toFixed(0)} deliveries/s; the last arrival came ${run.drainedAfterS.toFixed(1)} s after the last 202`);
  return run;
}

/** When alerting raised the first HIGH_RISK alert for each reference, from its rows (the same machine's clock). */
async function raisedAt(stack: BenchStack, accepted: Answered[]): Promise<Arrivals> {
  const { rows } = await stack.db.query<{ police_reference: string; at: Date }>(
    `SELECT police_reference, min(raised_at) AS at FROM alerting.alerts WHERE kind = 'HIGH_RISK' AND police_reference = ANY($1) GROUP BY police_reference`,
    [accepted.map((s) => s.policeReference)],
  );
  return new Map(rows.map((r) => [r.police_reference, r.at.getTime()]));
}

async function deliveryRate(stack: BenchStack, accepted: Answered[]): Promise<number> {
  const { rows } = await stack.db.query<{ n: number; seconds: number | null }>(
    `SELECT count(*)::int AS n, extract(epoch FROM max(d.sent_at) - min(d.sent_at))::float AS seconds
       FROM alerting.deliveries d JOIN alerting.alerts a ON a.id = d.alert_id
      WHERE d.status = 'SENT' AND a.police_reference = ANY($1)`,
    [accepted.map((s) => s.policeReference)],
  );
  return rows[0].seconds ? rows[0].n / rows[0].seconds : 0;
}

/** Lets the previous rate's backlog (decisions, tasks, other deliveries) clear, so it does not weigh on the next. */
async function settle(stack: BenchStack): Promise<void> {
  await waitForQuiet(stack.db, 10 * 60_000);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const { rows } = await stack.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alerting.deliveries WHERE status IN ('PENDING', 'SENDING')`);
    if (rows[0].n === 0 || Date.now() > deadline) return;
    await sleep(1_000);
  }
}

const CHANNEL_NAMES = { raised: 'alert raised (row)', feed: 'feed (SSE)', email: 'e-mail (SMTP)' };

function writeResults(report: { machine: ReturnType<typeof machineFacts>; options: typeof OPTIONS; runs: RateRun[] }): void {
  mkdirSync(OPTIONS.out, { recursive: true });
  const options = { ...report.options, out: relative(process.cwd(), report.options.out) || '.' };
  writeFileSync(join(OPTIONS.out, 'alerting-latency.json'), `${JSON.stringify({ ...report, options }, null, 2)}\n`);
  const ms = (v: number | null) => (v === null ? 'n/a' : `${v}`);
  const rows = report.runs.flatMap((r) =>
    (['raised', 'feed', 'email'] as const).map((c) => {
      const f = r[c];
      return `| ${r.rate}/s | ${CHANNEL_NAMES[c]} | ${r.accepted} | ${f.arrived} | ${ms(f.p50Ms)} | ${ms(f.p99Ms)} | ${ms(f.maxMs)} | ${f.neverArrived} | ${f.eventually.arrived}, ${ms(f.eventually.p50Ms)} / ${ms(f.eventually.p99Ms)} / ${ms(f.eventually.maxMs)} | ${r.loadAverage.before[0].toFixed(2)} → ${r.loadAverage.after[0].toFixed(2)} |`;
    }),
  );
  const m = report.machine;
  writeFileSync(
    join(OPTIONS.out, 'alerting-latency.md'),
    [
      '# Alerting latency: HIGH-risk report to the feed and the inbox',
      '',
      `From ingest-api's 202 for a HIGH-risk MISSING_REPORTED notification to the first HIGH_RISK alert for its police reference on alerting's live feed (server-sent events) and to its e-mail arriving at an SMTP server. Each rate posted steadily (open loop) for ${report.options.seconds} s; "not within" counts alerts that had not arrived ${report.options.timeoutSeconds} s after the 202, and p50 / p99 / max are of those that had; "however late" takes every alert that arrived before the bench stopped waiting (${report.options.drainSeconds} s past the last 202), so it shows the tail the timeout cuts off. The "alert raised" rows are not a channel: they time alerting's commit of the first alert (\`alerting.alerts.raised_at\`, the same machine's clock), so the lag before alerting (ingest, Kafka, protocol-engine) can be told from delivery's. Produced by \`tests/bench/alerting-latency.bench.ts\`.`,
      '',
      `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb.toFixed(1)} GB, Node ${m.node}; started ${m.startedAt}. Shared with other work: the load average (1 min) is beside each row.`,
      '',
      `| rate | channel | accepted | arrived within ${report.options.timeoutSeconds} s | p50 ms | p99 ms | max ms | not within | however late: arrived, p50 / p99 / max ms | load average |`,
      '|---|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      '| rate | posted | accepted | refused (by status; 0: no answer in 30 s) | accepted /s | feed / e-mail arrived at all | last arrival after the last 202 | deliveries sent /s |',
      '|---|---|---|---|---|---|---|---|',
      ...report.runs.map(
        (r) =>
          `| ${r.rate}/s | ${r.posted} | ${r.accepted} | ${Object.entries(r.refused).map(([status, n]) => `${n} × ${status}`).join(', ') || 'none'} | ${r.postedPerSecond.toFixed(1)} | ${r.feed.eventually.arrived} / ${r.email.eventually.arrived} | ${r.drainedAfterS.toFixed(1)} s | ${r.deliveriesPerSecond.toFixed(0)} |`,
      ),
      '',
      '`npm run build && npx tsx --tsconfig tsconfig.json tests/bench/alerting-latency.bench.ts --seconds=' + report.options.seconds + '`',
      '',
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const feed: Arrivals = new Map();
  const email: Arrivals = new Map();
  const smtp = await startSmtpRecorder(email);
  const machine = machineFacts();
  log(`starting infrastructure and services, alerting sending to ${smtp.url}`);
  const stack = await startBenchStack(undefined, {
    alerting: { SMTP_URL: smtp.url, STAFF_TOKEN_SECRET: STAFF_SECRET },
    'compliance-tracker': { STAFF_TOKEN_SECRET: STAFF_SECRET },
  });
  let stream: { events: () => number; close: () => void } | undefined;
  const runs: RateRun[] = [];
  try {
    const alerting = stack.stack.url('alerting');
    await subscribeByEmail(alerting);
    stream = await watchFeed(alerting, feed);
    await sleep(2_000); // the stream's first bytes, and idle services
    for (const rate of OPTIONS.rates) {
      runs.push(await runAt(stack, rate, feed, email));
      writeResults({ machine, options: OPTIONS, runs });
      if (rate !== OPTIONS.rates[OPTIONS.rates.length - 1]) await settle(stack);
    }
    log(`feed events read ${stream.events()}, e-mails received ${smtp.received()}`);
  } finally {
    stream?.close();
    await stack.stop();
    await smtp.close();
  }
  log(`wrote ${join(OPTIONS.out, 'alerting-latency.md')} and alerting-latency.json`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
