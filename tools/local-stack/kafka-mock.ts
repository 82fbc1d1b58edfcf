import { ChildProcess, ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ALL_TOPICS } from '@homeward/contracts';
import { REPO_ROOT, Stoppable, terminate } from './process-utils';

export const KAFKA_MOCK_BIN = path.join(REPO_ROOT, '.local', 'bin', 'kafka-mock');

export interface KafkaMockOptions {
  topics?: readonly string[];
  partitions?: number;
  /** stderr of the mock (librdkafka logs) goes here; default: discarded. */
  logFile?: string;
}

export interface KafkaMockHandle extends Stoppable {
  /** host:port list, as KAFKA_BROKERS wants it (comma-joined). */
  url: string;
  brokers: string[];
  process: ChildProcess;
  /** Sends one control line (`create <topic> <n>`, `down <id|-1>`, `up <id|-1>`); resolves with its reply. */
  command(line: string): Promise<string>;
}

/**
 * The librdkafka mock cluster (tools/kafka-mock). Topics kafkajs asks for with
 * allowAutoTopicCreation are created on demand (4 partitions); `topics` are
 * created up front with `partitions` partitions.
 */
export async function startKafkaMock(opts: KafkaMockOptions = {}): Promise<KafkaMockHandle> {
  // Cheap when fresh; saves a confusing ENOENT when someone runs jest without ensure-deps.
  execFileSync('bash', [path.join(REPO_ROOT, 'tools', 'kafka-mock', 'build.sh')], { stdio: 'inherit' });
  const topics = opts.topics ?? ALL_TOPICS;
  const stderr = opts.logFile ? fs.openSync(opts.logFile, 'a') : 'ignore';
  // stdin stays a pipe: the mock exits when it closes, i.e. when we die.
  const child = spawn(KAFKA_MOCK_BIN, ['--partitions', String(opts.partitions ?? 12), ...topics], {
    stdio: ['pipe', 'pipe', stderr],
    detached: true, // own process group: Ctrl-C goes through our shutdown, not straight to it
  });
  if (typeof stderr === 'number') fs.closeSync(stderr);
  const { stdin, stdout } = child as ChildProcessByStdio<Writable, Readable, null>;
  // A write after the mock died must not crash the caller: stop() and exit handle that.
  stdin.on('error', () => undefined);
  const lines = readline.createInterface({ input: stdout });
  const pending: Array<(line: string) => void> = [];

  const bootstrap = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('kafka-mock printed no BOOTSTRAP line within 10 s')), 10_000);
    child.once('error', (err) => reject(new Error(`kafka-mock could not start: ${err.message}`)));
    child.once('exit', (code) => reject(new Error(`kafka-mock exited with ${code} before it was ready`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      if (line.startsWith('BOOTSTRAP=')) resolve(line.slice('BOOTSTRAP='.length));
      else reject(new Error(`kafka-mock said: ${line}`));
    });
  });
  // Every later line answers one command, in order.
  lines.on('line', (line) => pending.shift()?.(line));

  const brokers = bootstrap.split(',');
  return {
    url: bootstrap,
    brokers,
    process: child,
    command(line: string) {
      return new Promise((resolve, reject) => {
        pending.push((reply) => (reply.startsWith('OK') ? resolve(reply) : reject(new Error(reply))));
        stdin.write(`${line}\n`);
      });
    },
    async stop() {
      stdin.end();
      await terminate(child, 5_000);
    },
  };
}
