import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { commandExists, freePort, run, Stoppable, tailFile } from './process-utils';

export interface PostgresOptions {
  /** Cluster directory; initdb runs here when it holds no cluster yet. */
  dataDir: string;
  port?: number;
  database?: string;
  /** false trades crash safety for speed: right for throwaway test clusters only. */
  durable?: boolean;
}

export interface PostgresHandle extends Stoppable {
  url: string;
  port: number;
  /** Starts the server again after stop(), same port and data (fault tests stop PostgreSQL under load). */
  start(): Promise<void>;
}

/** Debian puts the server binaries outside PATH; PG_BIN overrides, newest version wins. */
export function findPostgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return path.join(base, versions[0], 'bin');
  if (commandExists('initdb')) return '';
  throw new Error('PostgreSQL server binaries not found: run tools/scripts/ensure-deps.sh');
}

/** PostgreSQL refuses to run as root, so root runs it as the postgres system user. */
async function asPgUser(bin: string, cmd: string, args: string[]) {
  const exe = bin ? path.join(bin, cmd) : cmd;
  const isRoot = process.getuid?.() === 0;
  // cwd '/' because the postgres user may not be able to enter the caller's directory.
  return isRoot ? run('runuser', ['-u', 'postgres', '--', exe, ...args], { cwd: '/' }) : run(exe, args, { cwd: '/' });
}

async function chownToPgUser(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  await run('chown', ['-R', `${uid}:${gid}`, dir]);
  fs.chmodSync(dir, 0o700);
}

export async function startPostgres(opts: PostgresOptions): Promise<PostgresHandle> {
  const bin = findPostgresBin();
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  const database = opts.database ?? 'homeward';
  const logFile = path.join(dataDir, 'server.log');

  fs.mkdirSync(dataDir, { recursive: true });
  await chownToPgUser(dataDir);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    try {
      // Superuser "postgres" whatever the OS user; trust, because it only listens on loopback.
      await asPgUser(bin, 'initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    } catch (err) {
      const hint = process.getuid?.() === 0 ? '\n(the postgres user must be able to reach this directory: check the parent directories\' permissions)' : '';
      throw new Error(`initdb failed in ${dataDir}: ${(err as Error).message}${hint}`);
    }
  }
  // A postmaster left behind by a crashed run of the same cluster would hold the data dir.
  if ((await asPgUser(bin, 'pg_ctl', ['status', '-D', dataDir]).catch(() => null)) !== null) {
    await asPgUser(bin, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w']);
  }

  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    // No Unix socket: its default directory belongs to the system cluster and TCP suffices.
    "-c unix_socket_directories=''",
    '-c max_connections=300',
    // Per-statement counts and times for whoever profiles (the benchmark's report reads them).
    '-c shared_preload_libraries=pg_stat_statements',
    ...(opts.durable === false ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ];
  const startServer = async () => {
    try {
      await asPgUser(bin, 'pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', settings.join(' ')]);
    } catch (err) {
      throw new Error(`PostgreSQL did not start on port ${port}: ${(err as Error).message}\n${tailFile(logFile)}`);
    }
  };
  await startServer();

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }

  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await asPgUser(bin, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '60']);
    },
    async start() {
      if (!stopped) return;
      await startServer();
      stopped = false;
    },
  };
}
