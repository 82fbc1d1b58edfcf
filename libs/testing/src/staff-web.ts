import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, REPO_ROOT } from './local-stack';

export interface StaffWebUrls {
  complianceTracker?: string;
  protocolEngine?: string;
  alerting?: string;
  ingestApi?: string;
  educationReferrals?: string;
}

export interface StartStaffWebOptions {
  /** Extra environment, applied last (e.g. SESSION_TIMEOUT_MINUTES, OIDC_*). */
  env?: Record<string, string>;
  /** Where its API clients point: stubs (startApiStub) or real services. */
  apiUrls?: StaffWebUrls;
  /** The run's Redis: `(await createTestEnvironment()).redisUrl` or testInfrastructure().redisUrl. */
  redisUrl: string;
  readyTimeoutMs?: number;
}

export interface RunningStaffWeb {
  url: string;
  port: number;
  logFile: string;
  stop(): Promise<void>;
}

/** A URL nothing listens on: a service a test does not stub fails fast as "unreachable". */
const NOWHERE = 'http://127.0.0.1:9';

/**
 * Runs the built staff-web (`node dist/apps/staff-web/src/main.js`; `npm run build` first) on a
 * free port and waits for /health/ready. Its output goes to a log file whose tail a failed start shows.
 */
export async function startStaffWeb(options: StartStaffWebOptions): Promise<RunningStaffWeb> {
  const main = path.join(REPO_ROOT, 'dist', 'apps', 'staff-web', 'src', 'main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` first`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'staff-web-')), 'staff-web.log');
  const log = fs.openSync(logFile, 'a');
  const urls = options.apiUrls ?? {};
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      PORT: String(port),
      REDIS_URL: options.redisUrl,
      PUBLIC_URL: url,
      COMPLIANCE_TRACKER_URL: urls.complianceTracker ?? NOWHERE,
      PROTOCOL_ENGINE_URL: urls.protocolEngine ?? NOWHERE,
      ALERTING_URL: urls.alerting ?? NOWHERE,
      INGEST_API_URL: urls.ingestApi ?? NOWHERE,
      EDUCATION_REFERRALS_URL: urls.educationReferrals ?? NOWHERE,
      ...options.env,
    },
  });
  fs.closeSync(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`staff-web exited (${child.exitCode}):\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(1_000) });
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`staff-web not ready on ${url}:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, port, logFile, stop };
}

function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
