import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Infrastructure } from './infrastructure';
import { freePort, portIsFree, REPO_ROOT, sleep, tailFile, terminate, waitForExit } from './process-utils';

/** The services behind the staff pages: Kafka, PostgreSQL and Redis, each with its own schema. */
export const SERVICE_NAMES = ['ingest-api', 'protocol-engine', 'compliance-tracker', 'alerting', 'education-referrals'] as const;
/** The staff web app holds no data of its own: it calls the services above as the signed-in person. */
export const STAFF_WEB = 'staff-web';
/** Every app `npm start` runs. */
export const APP_NAMES = [...SERVICE_NAMES, STAFF_WEB] as const;
export type ServiceName = (typeof APP_NAMES)[number];

export const DEFAULT_SERVICE_PORTS: Record<ServiceName, number> = {
  'ingest-api': 3000,
  'protocol-engine': 3001,
  'compliance-tracker': 3002,
  alerting: 3003,
  'staff-web': 3004,
  'education-referrals': 3005,
};

/** Development only: real deployments take CHILD_KEY_SECRET from their secret store. */
export const DEV_CHILD_KEY_SECRET = 'homeward-dev-child-key-secret-not-for-production';

/** Development only: compliance-tracker signs staff tokens with it and alerting verifies them. */
export const DEV_STAFF_TOKEN_SECRET = 'homeward-dev-staff-token-secret-not-for-production';

/** Development only: signs staff-web's session cookie. */
export const DEV_SESSION_SECRET = 'homeward-dev-session-secret-not-for-production';

/** A free port per service, for tests that run beside `npm start` or each other. */
export async function freeServicePorts(): Promise<Record<ServiceName, number>> {
  // One at a time, skipping repeats: a port just released can be handed out again.
  const ports: number[] = [];
  while (ports.length < APP_NAMES.length) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  return Object.fromEntries(APP_NAMES.map((name, i) => [name, ports[i]])) as Record<ServiceName, number>;
}

export interface StartServicesOptions {
  /** `<logDir>/<name>.log` gets each service's stdout and stderr (appended). */
  logDir: string;
  ports?: Partial<Record<ServiceName, number>>;
  /** Extra env for every service (e.g. KAFKA_TOPIC_PREFIX, QUEUE_PREFIX); wins over defaults. */
  env?: NodeJS.ProcessEnv;
  /** Per-service env, applied last. */
  serviceEnv?: Partial<Record<ServiceName, NodeJS.ProcessEnv>>;
  /** Which apps; default the five services (add STAFF_WEB for the staff pages). */
  only?: readonly ServiceName[];
  /** The command to run; default `node dist/apps/<name>/src/main.js`. Tests of this launcher use a fake. */
  command?: (name: ServiceName) => { cmd: string; args: string[] };
  readyTimeoutMs?: number;
  /** How long SIGTERM gets before SIGKILL. */
  stopGraceMs?: number;
}

export interface ServiceHandle {
  name: ServiceName;
  port: number;
  url: string;
  logFile: string;
  process: ChildProcess;
}

export interface Services {
  services: Partial<Record<ServiceName, ServiceHandle>>;
  /** Base URL of a running service, e.g. url('ingest-api') = http://127.0.0.1:3000 */
  url(name: ServiceName): string;
  /** Graceful stop of every service (SIGTERM, SIGKILL after the grace period). */
  stop(): Promise<void>;
  /** Fault tests: kill one service (default SIGKILL, i.e. a crash) and wait until it is gone. */
  kill(name: ServiceName, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped or killed service again with the same port and env, and waits until ready. */
  restart(name: ServiceName): Promise<ServiceHandle>;
}

/** What every service (and the ops CLIs) needs to reach the local infrastructure. */
export function serviceEnvironment(infra: Infrastructure): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: infra.databaseUrl,
    REDIS_URL: infra.redisUrl,
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    // The mock broker rejects idempotent producers; a real broker could take true.
    KAFKA_IDEMPOTENT_PRODUCER: 'false',
    // The mock broker holds an empty fetch for its whole wait, even when a message arrives meanwhile
    // (a real broker answers at once), so each hop between services waited up to 100 ms.
    KAFKA_FETCH_MAX_WAIT_MS: process.env.KAFKA_FETCH_MAX_WAIT_MS ?? '25',
    CHILD_KEY_SECRET: DEV_CHILD_KEY_SECRET,
    // Development only: who may manage protocol versions on protocol-engine.
    PROTOCOL_ADMIN_KEYS: 'dev-admin:hwa_dev_protocol_admin_local_only',
    STAFF_TOKEN_SECRET: DEV_STAFF_TOKEN_SECRET,
    LOG_LEVEL: 'info',
    NODE_ENV: process.env.NODE_ENV === 'test' ? 'test' : 'development',
    // Test runs send refused requests from one address; npm start keeps the real default.
    ...(process.env.NODE_ENV === 'test' ? { UNAUTHENTICATED_LIMIT_PER_IP: '1000000' } : {}),
  };
}

/** Where each app finds the others: staff-web calls the services, alerts link to staff-web's pages. */
function linksBetweenApps(portOf: (name: ServiceName) => number): NodeJS.ProcessEnv {
  const url = (name: ServiceName) => `http://127.0.0.1:${portOf(name)}`;
  return {
    COMPLIANCE_TRACKER_URL: url('compliance-tracker'),
    PROTOCOL_ENGINE_URL: url('protocol-engine'),
    ALERTING_URL: url('alerting'),
    INGEST_API_URL: url('ingest-api'),
    EDUCATION_REFERRALS_URL: url('education-referrals'),
    SESSION_SECRET: DEV_SESSION_SECRET,
    PUBLIC_URL: `http://localhost:${portOf(STAFF_WEB)}`,
    ALERT_LINK_BASE_URL: `http://localhost:${portOf(STAFF_WEB)}/alerts`,
    STAFF_WEB_PUBLIC_URL: `http://localhost:${portOf(STAFF_WEB)}`,
    // npm start mails the weekly report's link to a development manager; test runs schedule no mailing.
    ...(process.env.NODE_ENV === 'test' ? {} : { WEEKLY_REPORT_RECIPIENTS: 'dev.manager@homeward.invalid' }),
  };
}

/**
 * staff-web calls compliance-tracker from loopback with each browser's address in X-Forwarded-For,
 * so failed sign-ins are counted per person: compliance-tracker believes that header from loopback
 * only. The other services keep TRUST_PROXY=false; staff-web's browsers reach it directly.
 */
function trustedProxies(name: ServiceName): NodeJS.ProcessEnv {
  return name === 'compliance-tracker' ? { TRUST_PROXY: 'loopback' } : {};
}

async function isReady(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

export async function startServices(infra: Infrastructure, opts: StartServicesOptions): Promise<Services> {
  fs.mkdirSync(opts.logDir, { recursive: true });
  const names = opts.only ?? SERVICE_NAMES;
  const readyTimeoutMs = opts.readyTimeoutMs ?? 60_000;
  const handles: Partial<Record<ServiceName, ServiceHandle>> = {};

  const portOf = (name: ServiceName) => opts.ports?.[name] ?? DEFAULT_SERVICE_PORTS[name];
  const envFor = (name: ServiceName, port: number): NodeJS.ProcessEnv => ({
    ...serviceEnvironment(infra),
    ...linksBetweenApps(portOf),
    ...trustedProxies(name),
    PORT: String(port),
    HOST: '127.0.0.1',
    ...opts.env,
    ...opts.serviceEnv?.[name],
  });

  const launch = async (name: ServiceName): Promise<ServiceHandle> => {
    const port = portOf(name);
    const url = `http://127.0.0.1:${port}`;
    const logFile = path.join(opts.logDir, `${name}.log`);
    // Otherwise a stranger already on the port would answer /health/ready for us.
    if (!(await portIsFree(port))) throw new Error(`${name}: port ${port} is already in use`);
    const { cmd, args } = opts.command?.(name) ?? { cmd: process.execPath, args: [path.join('dist', 'apps', name, 'src', 'main.js')] };
    const log = fs.openSync(logFile, 'a');
    // detached: a terminal's Ctrl-C reaches only the launcher, which stops services then infrastructure.
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: envFor(name, port), stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    const handle: ServiceHandle = { name, port, url, logFile, process: child };
    handles[name] = handle;

    const deadline = Date.now() + readyTimeoutMs;
    let spawnError: Error | undefined;
    child.once('error', (err) => (spawnError = err));
    while (!(await isReady(url))) {
      const gone = spawnError ?? (child.exitCode !== null || child.signalCode !== null ? `exited (${child.exitCode ?? child.signalCode})` : undefined);
      if (gone || Date.now() > deadline) {
        await terminate(child, 2_000);
        const why = gone ? String(gone) : `not ready after ${readyTimeoutMs} ms`;
        throw new Error(`${name} on port ${port}: ${why}. Last lines of ${logFile}:\n${tailFile(logFile)}`);
      }
      await sleep(250);
    }
    return handle;
  };

  const stopOne = async (name: ServiceName) => {
    const h = handles[name];
    if (h) await terminate(h.process, opts.stopGraceMs ?? 10_000);
  };
  const stopAll = async () => {
    await Promise.all(names.map(stopOne));
  };

  // In parallel: each waits for its own Kafka and DB readiness, not for the others.
  const results = await Promise.allSettled(names.map(launch));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }

  return {
    services: handles,
    url: (name) => handles[name]?.url ?? `http://127.0.0.1:${opts.ports?.[name] ?? DEFAULT_SERVICE_PORTS[name]}`,
    stop: stopAll,
    async kill(name, signal = 'SIGKILL') {
      const h = handles[name];
      if (!h || h.process.exitCode !== null || h.process.signalCode !== null) return;
      h.process.kill(signal);
      await waitForExit(h.process);
    },
    async restart(name) {
      await stopOne(name);
      return launch(name);
    },
  };
}
