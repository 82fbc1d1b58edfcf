import { freePort } from '@homeward/testing';
import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GeneratedNotification } from '../../faults/support/notification-mix';
import { pgbenchPath } from './stack';

// autocannon ships no types.
const autocannon = require('autocannon') as (opts: object) => Promise<AutocannonResult>;

interface AutocannonResult {
  duration: number;
  latency: { p50: number; p99: number };
  requests: { average: number; total: number };
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadFigures {
  connections: number;
  perSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  failures: number;
}

/** Distinct, valid notifications: every request gets its own notificationId and police reference. */
export async function postWithAutocannon(url: string, apiKey: string, template: GeneratedNotification, connections: number, seconds: number, tag: string): Promise<LoadFigures> {
  let child = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/v1/notifications',
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
        setupRequest: (req: { body?: string }) => {
          const id = randomUUID();
          // A child of its own too: one child with thousands of episodes is not a realistic load.
          const family = `${template.child.familyName}${tag}${child++}`;
          req.body = JSON.stringify({ ...template, notificationId: `${tag}-${id}`, policeReference: `${tag}/${id}`, child: { ...template.child, familyName: family } });
          return req;
        },
      },
    ],
  });
  return {
    connections,
    perSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // Anything but a 2xx, including 429s and connection errors.
    failures: result.requests.total - result['2xx'] + result.errors,
  };
}

/** A bare Nest handler in its own process, for the duration of `work`. */
export async function withBareHandler<T>(work: (url: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'bare-handler.ts'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('READY') && resolve());
    child.once('exit', (code) => reject(new Error(`bare handler exited (${code})`)));
  });
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * pgbench on the same server: one transaction = one INSERT of a notification-sized row
 * (about the JSON body's size) into a table with a unique text key, as ingest's insert.
 */
export async function pgbenchInserts(databaseUrl: string, clients: number, seconds: number, scriptDir: string): Promise<LoadFigures> {
  const url = new URL(databaseUrl);
  const conn = ['-h', url.hostname, '-p', url.port, '-U', decodeURIComponent(url.username), decodeURIComponent(url.pathname.slice(1))];
  const script = join(scriptDir, 'one-row-insert.sql');
  writeFileSync(script, `INSERT INTO bench_insert (notification_id, body) VALUES (md5(random()::text || clock_timestamp()::text), jsonb_build_object('p', repeat('x', 700)));\n`);
  const psql = pgbenchPath().replace(/pgbench$/, 'psql');
  await promisify(execFile)(psql, [...conn.slice(0, 6), '-d', conn[6], '-c', 'CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, notification_id text UNIQUE NOT NULL, body jsonb NOT NULL, received_at timestamptz NOT NULL DEFAULT now())']);
  const { stdout } = await promisify(execFile)(pgbenchPath(), ['-n', '-M', 'prepared', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), '-f', script, ...conn], {
    maxBuffer: 10 * 1024 * 1024,
  });
  const tps = Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
  const avgLatency = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1]);
  const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
  // pgbench gives no percentiles without per-transaction logs: its average stands in for p50.
  return { connections: clients, perSecond: tps, p50Ms: Number.isFinite(avgLatency) ? avgLatency : null, p99Ms: null, failures: failed };
}
