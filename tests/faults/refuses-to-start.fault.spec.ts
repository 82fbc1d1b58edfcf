import { startRedis } from '@homeward/local-stack';
import { createTestEnvironment, freeServicePorts, SERVICE_NAMES, startServices, TestEnvironment } from '@homeward/testing';
import Redis from 'ioredis';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A misconfigured service must stop at once and say why, not run half-working. */
describe('services refuse to start on a bad configuration', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await createTestEnvironment();
  });

  afterAll(async () => {
    await env?.dispose();
  });

  const launch = async (extraEnv: Record<string, string>, name: (typeof SERVICE_NAMES)[number]) =>
    startServices(
      { databaseUrl: env.databaseUrl, redisUrl: env.redisUrl, kafkaBrokers: env.kafkaBrokers, stop: async () => undefined },
      { logDir: mkdtempSync(join(tmpdir(), 'homeward-badconfig-')), ports: await freeServicePorts(), env: { ...env.env, ...extraEnv }, only: [name], readyTimeoutMs: 20_000 },
    );

  it.each(SERVICE_NAMES)('given a non-numeric DATABASE_POOL_SIZE, %s exits naming the variable', async (name) => {
    await expect(launch({ DATABASE_POOL_SIZE: 'lots' }, name)).rejects.toThrow(/exited[\s\S]*DATABASE_POOL_SIZE/);
  });

  it('given a weekly report recipient that is not an e-mail address, alerting exits naming the variable', async () => {
    await expect(launch({ WEEKLY_REPORT_RECIPIENTS: 'director@council.example.gov.uk, the director' }, 'alerting')).rejects.toThrow(/exited[\s\S]*WEEKLY_REPORT_RECIPIENTS/);
  });

  it('given a Redis that evicts keys (allkeys-lru), compliance-tracker exits naming the policy', async () => {
    const redis = await startRedis({ dataDir: mkdtempSync(join(tmpdir(), 'hw-evicting-')) });
    const client = new Redis(redis.url);
    try {
      await client.config('SET', 'maxmemory-policy', 'allkeys-lru');
      await expect(launch({ REDIS_URL: redis.url }, 'compliance-tracker')).rejects.toThrow(/exited[\s\S]*noeviction/);
    } finally {
      client.disconnect();
      await redis.stop();
    }
  });

  it("given term dates without the academic year of today, education-referrals exits naming the year", async () => {
    const termDates = JSON.parse(readFileSync(join(__dirname, '..', '..', 'apps', 'education-referrals', 'config', 'term-dates.json'), 'utf8')) as { localAuthority: string; academicYears: { year: string }[] };
    const today = new Date();
    const current = today.getUTCMonth() >= 7 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    const label = `${current}/${String((current + 1) % 100).padStart(2, '0')}`;
    const file = join(mkdtempSync(join(tmpdir(), 'hw-term-dates-')), 'term-dates.json');
    writeFileSync(file, JSON.stringify({ ...termDates, academicYears: termDates.academicYears.filter((y) => y.year < label) }));
    await expect(launch({ TERM_DATES_FILE: file }, 'education-referrals')).rejects.toThrow(new RegExp(`exited[\\s\\S]*no term dates for academic year ${label.replace('/', '\\/')}`));
  });

  it("given a directory of local authorities with an entry whose CME mailbox is not one, or no directory at all, education-referrals exits naming the entry and field, or the file", async () => {
    const directory = JSON.parse(readFileSync(join(__dirname, '..', '..', 'apps', 'education-referrals', 'config', 'local-authorities.json'), 'utf8')) as { otherAuthorities: { cmeMailbox: string }[] };
    const dir = mkdtempSync(join(tmpdir(), 'hw-local-authorities-'));
    const file = join(dir, 'local-authorities.json');
    writeFileSync(file, JSON.stringify({ ...directory, otherAuthorities: directory.otherAuthorities.map((a, i) => (i === 1 ? { ...a, cmeMailbox: 'CME team' } : a)) }));
    await expect(launch({ LOCAL_AUTHORITIES_FILE: file }, 'education-referrals')).rejects.toThrow(/exited[\s\S]*otherAuthorities\[1\]\.cmeMailbox "CME team" is not an e-mail address/);
    await expect(launch({ LOCAL_AUTHORITIES_FILE: join(dir, 'missing.json') }, 'education-referrals')).rejects.toThrow(/exited[\s\S]*local authorities file \S*missing\.json cannot be read/);
  });
});
