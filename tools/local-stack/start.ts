/**
 * `npm start`: the whole of Homeward on this machine, in the foreground.
 * Data survives restarts under .local/stack/; Ctrl-C stops services, then infrastructure.
 * Run through tools/scripts/start.sh, which installs dependencies and builds first.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startLocalInfrastructure } from './infrastructure';
import { isAlive, REPO_ROOT, run } from './process-utils';
import { APP_NAMES, DEFAULT_SERVICE_PORTS, SERVICE_NAMES, serviceEnvironment, startServices, STAFF_WEB } from './services';

const STACK_DIR = path.join(REPO_ROOT, '.local', 'stack');
const LOCK_FILE = path.join(STACK_DIR, 'stack.json');
const KEY_FILE = path.join(STACK_DIR, 'dev-api-key');
const SCHOOL_KEY_FILE = path.join(STACK_DIR, 'dev-school-key');
// Away from PostgreSQL's and Redis's usual ports, and tests always pick free ones.
const PORTS = { postgres: Number(process.env.HW_PG_PORT ?? 55432), redis: Number(process.env.HW_REDIS_PORT ?? 56379) };
// Apps listen on HW_PORT_BASE + 0..5 (default 3000..3005: the staff pages on 3004, as the architecture says).
const PORT_BASE = Number(process.env.HW_PORT_BASE ?? 3000);
const SERVICE_PORTS = Object.fromEntries(APP_NAMES.map((name) => [name, PORT_BASE + DEFAULT_SERVICE_PORTS[name] - 3000]));

interface Lock {
  pid: number;
  pids: number[];
  summary: string;
}

function readLock(): Lock | undefined {
  try {
    return JSON.parse(fs.readFileSync(LOCK_FILE, 'utf8')) as Lock;
  } catch {
    return undefined;
  }
}

/** True only if the pid is alive and still this script (pids get reused). */
function isStarter(pid: number): boolean {
  try {
    return isAlive(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('start.ts');
  } catch {
    return isAlive(pid);
  }
}

/** A development key from an ops CLI (which shows a key only once), kept in `file` for the next starts. */
async function devKey(file: string, cli: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const { stdout } = await run(process.execPath, [cli, 'create', ...args], { cwd: REPO_ROOT, env });
  const line = stdout.trim().split('\n').pop() ?? '';
  const key = (JSON.parse(line) as { key?: string }).key;
  if (!key) throw new Error(`${cli} create printed no key`);
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

async function main() {
  fs.mkdirSync(STACK_DIR, { recursive: true });
  const existing = readLock();
  if (existing && isStarter(existing.pid)) {
    console.log(`Homeward is already running (pid ${existing.pid}); leaving it alone.\n${existing.summary}`);
    return;
  }
  if (existing) {
    // A starter that died hard may have left children holding ports; our own leftovers only.
    for (const pid of existing.pids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    fs.rmSync(LOCK_FILE, { force: true });
  }

  const infra = await startLocalInfrastructure({ dataDir: STACK_DIR, ports: PORTS });
  const pids = () => [infra.redis.process.pid, infra.kafka.process.pid].filter((p): p is number => !!p);
  fs.writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, pids: pids(), summary: '(starting)' }));

  let services: Awaited<ReturnType<typeof startServices>> | undefined;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping services…');
    await services?.stop().catch((err) => console.error(err));
    console.log('Stopping PostgreSQL, Redis and the Kafka mock…');
    await infra.stop().catch((err) => console.error(err));
    fs.rmSync(LOCK_FILE, { force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const running = await startServices(infra, {
      logDir: path.join(STACK_DIR, 'logs'),
      ports: SERVICE_PORTS,
      only: APP_NAMES,
      // The dev key's force is "ours": a looked-after child of ours reported by any other force is missing elsewhere.
      env: { HOME_FORCES: process.env.HOME_FORCES ?? 'DEV-FORCE' },
      // Only npm start asks for the development staff (cmo, manager, … with the published password and key).
      serviceEnv: { 'compliance-tracker': { SEED_DEVELOPMENT_STAFF: 'true' } },
    });
    services = running;
    const key = await devKey(KEY_FILE, 'dist/apps/ingest-api/src/cli/keys.js', ['--force', 'DEV-FORCE'], serviceEnvironment(infra));
    const schoolKey = await devKey(SCHOOL_KEY_FILE, 'dist/apps/education-referrals/src/cli/school-keys.js', ['--urn', '100000', '--name', 'Development School'], serviceEnvironment(infra));
    const summary = [
      `  staff pages         ${running.url(STAFF_WEB).replace('127.0.0.1', 'localhost')}   sign in as cmo, cover, manager, reader or admin; password homeward-dev-password`,
      ...SERVICE_NAMES.map((name) => `  ${name.padEnd(19)} ${running.url(name)}   docs: ${running.url(name)}/docs`),
      `  Kafka (mock)        ${infra.kafkaBrokers.join(',')}`,
      `  PostgreSQL          ${infra.databaseUrl}`,
      `  Redis               ${infra.redisUrl}`,
      `  dev API key         ${key}   (force DEV-FORCE; Authorization: Bearer <key>)`,
      `  dev school key      ${schoolKey}   (school URN 100000, for education-referrals' /v1/school-returns)`,
      `  logs                ${path.join(STACK_DIR, 'logs')}`,
    ].join('\n');
    const servicePids = Object.values(running.services).map((s) => s?.process.pid).filter((p): p is number => !!p);
    fs.writeFileSync(LOCK_FILE, JSON.stringify({ pid: process.pid, pids: [...pids(), ...servicePids], summary }));
    for (const s of Object.values(running.services)) {
      // Say so when a service dies on its own; the rest of the stack keeps running.
      s?.process.once('exit', (code, signal) => {
        if (!stopping) console.error(`${s.name} exited (${code ?? signal}); see ${s.logFile}`);
      });
    }
    console.log(`Homeward is running. Ctrl-C stops it.\n${summary}`);
  } catch (err) {
    console.error(`Start failed: ${(err as Error).message}`);
    await shutdown(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
