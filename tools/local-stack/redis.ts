import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { freePort, pollUntil, Stoppable, tailFile, terminate } from './process-utils';

export interface RedisOptions {
  /** Where the append-only file lives; keep it to survive restarts. */
  dataDir: string;
  port?: number;
}

export interface RedisHandle extends Stoppable {
  url: string;
  port: number;
  process: ChildProcess;
}

/** One inline command over a raw socket, so readiness needs no client library. */
export function redisCommand(port: number, command: string, timeoutMs = 1000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('redis command timed out')));
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.endsWith('\r\n')) {
        socket.end();
        resolve(reply.trim());
      }
    });
    socket.on('error', reject);
  });
}

export async function startRedis(opts: RedisOptions): Promise<RedisHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const port = opts.port ?? (await freePort());
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'redis.log');
  // The settings the architecture promises: AOF, never evict (BullMQ jobs are the alarm clock).
  const args = [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--dir', dataDir,
    '--appendonly', 'yes',
    '--maxmemory-policy', 'noeviction',
    '--save', '',
    '--daemonize', 'no',
    '--logfile', logFile,
  ];
  // Own process group: a terminal's Ctrl-C must reach our shutdown order, not Redis directly.
  const child = spawn('redis-server', args, { stdio: 'ignore', detached: true });
  let exited = false;
  child.once('exit', () => (exited = true));
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (err) => reject(new Error(`redis-server could not start (${err.message}): run tools/scripts/ensure-deps.sh`)));
  });
  await pollUntil(
    async () => {
      if (exited) throw new Error('exited');
      return (await redisCommand(port, 'PING')) === '+PONG';
    },
    30_000,
    `Redis on port ${port}`,
    () => tailFile(logFile),
  ).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });

  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    // Redis flushes the AOF and exits cleanly on SIGTERM, which is what SHUTDOWN does too.
    stop: () => terminate(child, 10_000),
  };
}
