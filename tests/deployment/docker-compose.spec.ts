/**
 * The deployment files: docker-compose.yml must be valid for the compose tool on this machine,
 * and must keep the promises ARCHITECTURE.md makes (healthy infrastructure before the apps, topics
 * created before anyone consumes, Redis with AOF and noeviction, nothing privileged).
 * No Docker engine is needed: `compose config` only reads and normalises the file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ALL_TOPICS } from '@homeward/contracts';
import { KNOWN_DEVELOPMENT_VALUES } from '@homeward/platform';

const ROOT = resolve(__dirname, '..', '..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const APPS: Record<string, number> = {
  'ingest-api': 3000,
  'protocol-engine': 3001,
  'compliance-tracker': 3002,
  alerting: 3003,
  'education-referrals': 3005,
};

/** The secrets compose requires (`${VAR:?…}`): it has no default for any of them. */
const SECRETS = {
  POSTGRES_PASSWORD: 'a-deployment-postgres-password-0123456789',
  CHILD_KEY_SECRET: 'a-deployment-child-key-secret-0123456789ab',
  STAFF_TOKEN_SECRET: 'a-deployment-staff-token-secret-0123456789',
  SESSION_SECRET: 'a-deployment-session-secret-0123456789abcdef',
};

// Compose interpolates these; drop them so the file's own defaults are what gets checked, with the secrets a deployment gives.
const bareEnv: NodeJS.ProcessEnv = { ...process.env };
for (const name of ['COMPOSE_FILE', 'COMPOSE_PROFILES', ...Object.keys(SECRETS), 'STAFF_WEB_PUBLIC_URL', 'LOG_LEVEL', 'HOMEWARD_TAG', 'OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL', 'OIDC_ROLE_MAP', 'OIDC_ROLE_CLAIM', 'OIDC_USERNAME_CLAIM', 'UNAUTHENTICATED_LIMIT_PER_IP', 'UNAUTHENTICATED_LIMIT_WINDOW_SECONDS', 'STAFF_WEB_ADDRESS', 'STAFF_WEB_TRUST_PROXY', 'HOMEWARD_SUBNET', 'TERM_DATES_FILE', 'LOCAL_AUTHORITIES_FILE', 'WEEKLY_REPORT_RECIPIENTS', 'WEEKLY_REPORT_DAY', 'WEEKLY_REPORT_TIME']) {
  delete bareEnv[name];
}
const composeEnv: NodeJS.ProcessEnv = { ...bareEnv, ...SECRETS };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env = composeEnv): Run {
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.error ? null : r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? r.error?.message ?? '' };
}

/** `docker compose` (v2 plugin) if it answers, else the standalone `docker-compose`, else null. */
function findComposeTool(): { cmd: string; pre: string[]; label: string } | null {
  if (run('docker', ['compose', 'version']).status === 0) return { cmd: 'docker', pre: ['compose'], label: 'docker compose' };
  if (run('docker-compose', ['version']).status === 0) return { cmd: 'docker-compose', pre: [], label: 'docker-compose' };
  return null;
}

const tool = findComposeTool();

function compose(...args: string[]): Run {
  if (!tool) throw new Error('no compose tool');
  return run(tool.cmd, [...tool.pre, '-f', COMPOSE_FILE, ...args]);
}

function composeWith(env: NodeJS.ProcessEnv, ...args: string[]): Run {
  if (!tool) throw new Error('no compose tool');
  return run(tool.cmd, [...tool.pre, '-f', COMPOSE_FILE, ...args], env);
}

function requireTool(): NonNullable<typeof tool> {
  if (!tool) {
    throw new Error(
      'No compose tool found: neither `docker compose version` nor `docker-compose version` succeeded. ' +
        "Install one (e.g. `apt-get install -y docker-compose`, or Docker's compose plugin) to validate docker-compose.yml.",
    );
  }
  return tool;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Service = Record<string, any>;

/** The compose tool's normalised model: JSON where supported (compose v2), else its YAML parsed. */
function normalisedConfig(): { services: Record<string, Service>; volumes?: Record<string, unknown> } {
  const json = compose('config', '--format', 'json');
  if (json.status === 0 && json.stdout.trim().startsWith('{')) return JSON.parse(json.stdout);
  const yamlOut = compose('config');
  if (yamlOut.status !== 0) throw new Error(`compose config failed:\n${yamlOut.stderr}`);
  let yaml: { parse(text: string): any };
  try {
    // Present in node_modules transitively; not a declared dependency, so only a fallback.
    yaml = require('yaml');
  } catch {
    throw new Error('compose tool has no `config --format json` and the `yaml` package is not in node_modules');
  }
  return yaml.parse(yamlOut.stdout);
}

/** Environment as a map, whether normalised as a mapping or as a list of KEY=VALUE. */
function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((e: string) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]));
}

function commandText(service: Service): string {
  const c = service.command;
  return Array.isArray(c) ? c.join(' ') : String(c ?? '');
}

function dependsOn(service: Service): Record<string, string> {
  const d = service.depends_on ?? {};
  if (Array.isArray(d)) return Object.fromEntries(d.map((name: string) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(d).map(([name, v]) => [name, (v as any)?.condition ?? 'service_started']));
}
/* eslint-enable @typescript-eslint/no-explicit-any */

jest.setTimeout(120_000);

describe('docker-compose.yml', () => {
  it('is found by a compose tool on this machine', () => {
    requireTool();
  });

  it('is valid: `compose config -q` exits 0', () => {
    const t = requireTool();
    const r = compose('config', '-q');
    if (r.status !== 0) throw new Error(`${t.label} config -q exited ${r.status}:\n${r.stderr}`);
    expect(r.status).toBe(0);
  });

  it.each(Object.keys(SECRETS))('refuses to run without %s, naming it: no secret has a default', (name) => {
    requireTool();
    const without = { ...composeEnv };
    delete without[name];
    const r = composeWith(without, 'config', '-q');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
  });

  it('holds no secret the repository publishes (the services would refuse it in production)', () => {
    const file = readFileSync(COMPOSE_FILE, 'utf8');
    expect(KNOWN_DEVELOPMENT_VALUES.filter((known) => file.includes(known))).toEqual([]);
  });

  describe('normalised model', () => {
    let services: Record<string, Service>;

    beforeAll(() => {
      if (!tool) return; // the tests below then fail through requireTool()
      services = normalisedConfig().services;
    });

    it('has the infrastructure, the topic init and the four apps', () => {
      requireTool();
      expect(Object.keys(services).sort()).toEqual(
        expect.arrayContaining(['postgres', 'redis', 'kafka', 'kafka-init', ...Object.keys(APPS)]),
      );
    });

    it('runs no service privileged', () => {
      requireTool();
      for (const [name, s] of Object.entries(services)) {
        expect({ name, privileged: s.privileged ?? false }).toEqual({ name, privileged: false });
        expect({ name, cap_add: s.cap_add ?? [] }).toEqual({ name, cap_add: [] });
        expect({ name, network_mode: s.network_mode ?? '' }).not.toEqual({ name, network_mode: 'host' });
      }
    });

    it('gives Redis AOF and noeviction, a healthcheck and a volume', () => {
      requireTool();
      const redis = services.redis;
      expect(String(redis.image)).toMatch(/^redis:7/);
      const cmd = commandText(redis);
      expect(cmd).toMatch(/--appendonly\s+yes/);
      expect(cmd).toMatch(/--maxmemory-policy\s+noeviction/);
      expect(redis.healthcheck?.test).toBeTruthy();
      expect(JSON.stringify(redis.volumes ?? [])).toContain('/data');
    });

    it('gives Postgres 16 a pg_isready healthcheck, a volume and the homeward database', () => {
      requireTool();
      const pg = services.postgres;
      expect(String(pg.image)).toMatch(/^postgres:16/);
      expect(JSON.stringify(pg.healthcheck?.test)).toContain('pg_isready');
      expect(JSON.stringify(pg.volumes ?? [])).toContain('/var/lib/postgresql/data');
      expect(envOf(pg).POSTGRES_DB).toBe('homeward');
    });

    it('runs a pinned single-node KRaft Kafka, advertised as kafka:9092, without automatic topic creation', () => {
      requireTool();
      const kafka = services.kafka;
      expect(String(kafka.image)).toMatch(/^apache\/kafka:[34]\.\d+\.\d+$/);
      const env = envOf(kafka);
      expect(env.KAFKA_PROCESS_ROLES.split(',').sort()).toEqual(['broker', 'controller']);
      expect(env.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
      expect(env.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
      expect(env.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/); // base64url UUID, as kafka-storage requires
      expect(kafka.healthcheck?.test).toBeTruthy();
    });

    it('creates the topics once the broker is healthy, and exits', () => {
      requireTool();
      const init = services['kafka-init'];
      expect(dependsOn(init)).toEqual({ kafka: 'service_healthy' });
      expect(String(init.restart ?? 'no')).toBe('no');
      expect(String(init.image)).toBe(String(services.kafka.image));
    });

    describe.each(Object.entries(APPS))('%s', (app, port) => {
      it('has a healthcheck on /health/ready and restarts unless stopped', () => {
        requireTool();
        const s = services[app];
        expect(s.healthcheck).toBeDefined();
        expect(s.healthcheck.disable ?? false).toBe(false);
        expect(JSON.stringify(s.healthcheck.test)).toContain('/health/ready');
        expect(s.restart).toBe('unless-stopped');
        expect(s.stop_grace_period).toBeTruthy();
      });

      it('starts only after healthy postgres, redis and kafka and a completed topic init', () => {
        requireTool();
        expect(dependsOn(services[app])).toEqual(
          expect.objectContaining({
            postgres: 'service_healthy',
            redis: 'service_healthy',
            kafka: 'service_healthy',
            'kafka-init': 'service_completed_successfully',
          }),
        );
      });

      it(`publishes port ${port} and is configured for the compose infrastructure`, () => {
        requireTool();
        const s = services[app];
        const ports = (s.ports ?? []).map((p: { target: unknown; published: unknown }) => [Number(p.target), Number(p.published)]);
        expect(ports).toContainEqual([port, port]);
        expect(s.build?.args?.APP).toBe(app);

        const env = envOf(s);
        expect(env.PORT).toBe(String(port));
        expect(env.NODE_ENV).toBe('production');
        const db = new URL(env.DATABASE_URL);
        expect([db.protocol, db.hostname, db.pathname]).toEqual(['postgres:', 'postgres', '/homeward']);
        expect(env.REDIS_URL).toBe('redis://redis:6379');
        expect(env.KAFKA_BROKERS).toBe('kafka:9092');
        expect(env.KAFKA_IDEMPOTENT_PRODUCER).toBe('true');
        expect(env.CHILD_KEY_SECRET.length).toBeGreaterThanOrEqual(32);
        expect(env.CHILD_KEY_SECRET).toBe(SECRETS.CHILD_KEY_SECRET);
        expect(env.DATABASE_URL).toContain(SECRETS.POSTGRES_PASSWORD);
        expect(env.LOG_LEVEL).toBeTruthy();
      });
    });

    it('gives compliance-tracker (which signs staff tokens) and every service that verifies them the same staff token secret', () => {
      requireTool();
      const [signer, ...verifiers] = ['compliance-tracker', 'protocol-engine', 'alerting', 'ingest-api', 'education-referrals'].map((app) => envOf(services[app]).STAFF_TOKEN_SECRET);
      expect(signer.length).toBeGreaterThanOrEqual(32);
      expect(verifiers).toEqual([signer, signer, signer, signer]);
    });

    it('runs the staff web app on 3004, after Redis and the staff directory, calling each service by its compose name', () => {
      requireTool();
      const web = services['staff-web'];
      const ports = (web.ports ?? []).map((p: { target: unknown; published: unknown }) => [Number(p.target), Number(p.published)]);
      expect(ports).toContainEqual([3004, 3004]);
      expect(web.build?.args?.APP).toBe('staff-web');
      expect(JSON.stringify(web.healthcheck?.test)).toContain('/health/ready');
      expect(dependsOn(web)).toEqual(expect.objectContaining({ redis: 'service_healthy', 'compliance-tracker': 'service_healthy' }));
      const env = envOf(web);
      expect([env.NODE_ENV, env.REDIS_URL, env.COMPLIANCE_TRACKER_URL, env.PROTOCOL_ENGINE_URL, env.ALERTING_URL, env.INGEST_API_URL, env.EDUCATION_REFERRALS_URL]).toEqual([
        'production',
        'redis://redis:6379',
        'http://compliance-tracker:3002',
        'http://protocol-engine:3001',
        'http://alerting:3003',
        'http://ingest-api:3000',
        'http://education-referrals:3005',
      ]);
      expect(env.SESSION_SECRET.length).toBeGreaterThanOrEqual(32);
      expect(env.SESSION_SECRET).toBe(SECRETS.SESSION_SECRET);
      expect(env.DATABASE_URL).toBeUndefined();
    });

    it('leaves council sign-in (OIDC) off by default, with the same issuer and client for staff-web and the directory', () => {
      requireTool();
      const [web, directory] = [envOf(services['staff-web']), envOf(services['compliance-tracker'])];
      expect([web.OIDC_ISSUER_URL, web.OIDC_CLIENT_ID, web.OIDC_CLIENT_SECRET, web.OIDC_REDIRECT_URL]).toEqual(['', '', '', '']);
      expect([directory.OIDC_ISSUER_URL, directory.OIDC_CLIENT_ID, directory.OIDC_ROLE_MAP]).toEqual(['', '', '']);
      expect([directory.OIDC_ROLE_CLAIM, directory.OIDC_USERNAME_CLAIM]).toEqual(['roles', 'preferred_username']);
    });

    it("believes X-Forwarded-For only at compliance-tracker and only from staff-web's fixed address, so failed sign-ins count per browser", () => {
      requireTool();
      const address = services['staff-web'].networks?.default?.ipv4_address;
      expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(envOf(services['compliance-tracker']).TRUST_PROXY).toBe(address);
      for (const app of ['ingest-api', 'protocol-engine', 'alerting', 'education-referrals', 'staff-web']) expect({ app, trustProxy: envOf(services[app]).TRUST_PROXY }).toEqual({ app, trustProxy: 'false' });
      for (const app of Object.keys(APPS)) {
        const env = envOf(services[app]);
        expect({ app, limit: env.UNAUTHENTICATED_LIMIT_PER_IP, window: env.UNAUTHENTICATED_LIMIT_WINDOW_SECONDS }).toEqual({ app, limit: '60', window: '60' });
      }
    });

    it("links every alert to its page in the staff web app", () => {
      requireTool();
      expect(envOf(services.alerting).ALERT_LINK_BASE_URL).toBe('http://localhost:3004/alerts');
    });

    it('points every app at the same database', () => {
      requireTool();
      const urls = new Set(Object.keys(APPS).map((app) => envOf(services[app]).DATABASE_URL));
      expect(urls.size).toBe(1);
    });
  });
});

describe('docker/kafka/create-topics.sh', () => {
  it('creates exactly ALL_TOPICS from @homeward/contracts, with 3 partitions by default', () => {
    const script = readFileSync(join(ROOT, 'docker', 'kafka', 'create-topics.sh'), 'utf8');
    const block = /^TOPICS="([^"]*)"/m.exec(script);
    expect(block).not.toBeNull();
    const listed = block![1].split(/\s+/).filter(Boolean);
    expect([...listed].sort()).toEqual([...ALL_TOPICS].sort());
    expect(script).toContain('PARTITIONS="${TOPIC_PARTITIONS:-3}"');
    expect(script).toContain('--if-not-exists');
  });

  it('keeps events a week and dead letters (whole failed messages) a fortnight, on new topics and on topics an earlier version made', () => {
    const calls = runCreateTopics({});
    const retention = (topic: string) =>
      calls.filter((c) => c.includes(topic)).map((c) => /retention\.ms=(\d+)/.exec(c)?.[1]);
    expect(retention('ops.dead-letter.v1')).toEqual([String(14 * 86_400_000), String(14 * 86_400_000)]);
    for (const topic of ALL_TOPICS.filter((t) => t !== 'ops.dead-letter.v1')) expect(retention(topic)).toEqual([String(168 * 3_600_000), String(168 * 3_600_000)]);
    expect(calls.filter((c) => c.startsWith('configs ')).every((c) => c.includes('--alter --entity-type topics'))).toBe(true);
  });

  it('takes the retention from TOPIC_RETENTION_HOURS and DEAD_LETTER_RETENTION_DAYS', () => {
    const calls = runCreateTopics({ TOPIC_RETENTION_HOURS: '24', DEAD_LETTER_RETENTION_DAYS: '3' });
    expect(calls.find((c) => c.startsWith('topics ') && c.includes('ops.dead-letter.v1'))).toContain(`retention.ms=${3 * 86_400_000}`);
    expect(calls.find((c) => c.startsWith('topics ') && c.includes(ALL_TOPICS[0]))).toContain(`retention.ms=${24 * 3_600_000}`);
  });
});

/** Runs the script against stand-ins for Kafka's tools that record each call (and list every topic as made). */
function runCreateTopics(env: Record<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'create-topics-'));
  const log = join(dir, 'calls');
  const tool = (name: string) => {
    const path = join(dir, `kafka-${name}.sh`);
    writeFileSync(path, `#!/bin/sh\necho "${name} $*" >> "${log}"\n${name === 'topics' ? `case "$*" in *--list*) printf '%s\\n' ${ALL_TOPICS.join(' ')};; esac\n` : ''}`, { mode: 0o755 });
    return path;
  };
  const run = spawnSync('sh', [join(ROOT, 'docker', 'kafka', 'create-topics.sh')], {
    env: { PATH: process.env.PATH, KAFKA_TOPICS_SH: tool('topics'), KAFKA_CONFIGS_SH: tool('configs'), ...env },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

  it('builds on node:22-bookworm-slim (a supported LTS) in stages and installs only production deps at runtime', () => {
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22-bookworm-slim$/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });

  it('runs as node under tini, with a HEALTHCHECK on /health/ready', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    expect(dockerfile).toMatch(/exec node dist\/apps\/\$\{APP\}\/src\/main\.js/);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/health\/ready/m);
    expect(dockerfile).toMatch(/^EXPOSE /m);
  });

  it('has a .dockerignore that keeps local artefacts out of the build context', () => {
    const path = join(ROOT, '.dockerignore');
    expect(existsSync(path)).toBe(true);
    const lines = readFileSync(path, 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', '.local', '.git', 'coverage']) expect(lines).toContain(entry);
  });
});
