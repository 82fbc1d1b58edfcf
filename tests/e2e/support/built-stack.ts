import { CliRun, createTestEnvironment, freeServicePorts, jsonLines, runBuiltCli, Services, StartServicesOptions, startServices, TestEnvironment, waitFor } from '@homeward/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The built services (`dist/`) on a test environment of their own, with the ops CLIs a council's ops engineer runs. */
export interface BuiltStack {
  env: TestEnvironment;
  stack: Services;
  /** Runs a built CLI (`dist/apps/<app>/src/cli/<script>.js`) against the stack's infrastructure. */
  cli(app: string, script: string, ...args: string[]): Promise<CliRun>;
  /** A police force's or authority's API key: `keys create` with these arguments (`--force X`, `--authority Y`). */
  ingestKey(...args: string[]): Promise<string>;
  /** A member of staff created with `officers create --username … --role …` (and any further arguments): their key. */
  officerKey(username: string, role: string, ...args: string[]): Promise<string>;
  /** The same, exchanged for the short-lived staff token the APIs take. */
  staffToken(username: string, role: string, ...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

export interface BuiltStackOptions extends Pick<StartServicesOptions, 'only' | 'serviceEnv'> {
  /** Config for the test environment (and so every service and CLI). */
  config?: Record<string, string>;
  /** Env for the services only, over the environment's. */
  serviceConfig?: Record<string, string>;
}

export async function startBuiltStack(options: BuiltStackOptions = {}): Promise<BuiltStack> {
  const env = await createTestEnvironment({ LOG_LEVEL: 'info', ...options.config });
  const stack = await startServices(
    { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined },
    {
      logDir: mkdtempSync(join(tmpdir(), 'homeward-e2e-')),
      ports: await freeServicePorts(),
      env: { ...env.env, ...options.serviceConfig },
      only: options.only,
      serviceEnv: options.serviceEnv,
    },
  ).catch(async (error: unknown) => {
    await env.dispose();
    throw error;
  });
  // Asynchronously: a blocked event loop would keep stale keep-alive sockets in fetch's pool.
  const cli = (app: string, script: string, ...args: string[]) => runBuiltCli(app, script, args, env.env);
  // The CLIs print their answer as the last line of JSON.
  const keyFrom = (run: CliRun) => {
    if (run.code !== 0) throw new Error(`the CLI exited ${run.code}: ${run.stderr}`);
    return jsonLines(run.stdout).pop()?.key as string;
  };
  const officerKey = async (username: string, role: string, ...args: string[]) =>
    keyFrom(await cli('compliance-tracker', 'officers', 'create', '--username', username, '--role', role, ...args));
  return {
    env,
    stack,
    cli,
    ingestKey: async (...args) => keyFrom(await cli('ingest-api', 'keys', 'create', ...args)),
    officerKey,
    staffToken: async (username, role, ...args) => {
      const key = await officerKey(username, role, ...args);
      const exchanged = await fetch(`${stack.url('compliance-tracker')}/v1/staff/token`, { method: 'POST', headers: { authorization: `Bearer ${key}` } });
      return ((await exchanged.json()) as { token: string }).token;
    },
    stop: async () => {
      await stack.stop();
      await env.dispose();
    },
  };
}

const DAY_MS = 86_400_000;

/** An instant `days` before today (UTC midnight), at `hour` o'clock: histories the protocol's windows count. */
export const daysAgo = (days: number, hour = 19): string => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS + hour * 3_600_000).toISOString();

/** A staff API's JSON answer, read with a staff token. */
export const getJson = async <T>(url: string, bearer: string): Promise<T> => (await (await fetch(url, { headers: { authorization: `Bearer ${bearer}` } })).json()) as T;

/** Reads until the answer is what the test waits for (the services work asynchronously from Kafka); that answer. */
export const until = async <T>(read: () => Promise<T>, ok: (value: T) => boolean, description: string): Promise<T> => {
  // Boxed: waitFor takes a falsy answer (a count of 0) for "not yet".
  const found = await waitFor(async () => {
    const value = await read();
    return ok(value) ? { value } : undefined;
  }, { timeoutMs: 30_000, description });
  return found.value;
};
