import { Clock } from '@homeward/contracts';
import {
  createTestEnvironment,
  exerciseUnauthenticatedLimit,
  FakeClock,
  LimitRequest,
  RunningService,
  RunningStaffWeb,
  sendLimitRequest,
  startServiceInProcess,
  startStaffWeb,
  TestEnvironment,
} from '@homeward/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { officerAuth } from '../../test-support/compliance-test-fixtures';
import { AppModule } from '../app.module';
import { CreateOfficer, CreateOfficerCommand } from './create-officer';

jest.setTimeout(90_000);

const PASSWORD = 'a long enough password';
const LIMIT = { UNAUTHENTICATED_LIMIT_PER_IP: '3', UNAUTHENTICATED_LIMIT_WINDOW_SECONDS: '60' };

/** compliance-tracker on its own suite environment with the real limit (3 a minute) on a fake clock 30 s before a window ends. */
async function startTracker(trustProxy: string): Promise<{ env: TestEnvironment; svc: RunningService; clock: FakeClock; username: string; close(): Promise<void> }> {
  const clock = new FakeClock('2026-06-02T12:00:30Z');
  const env = await createTestEnvironment({ ...LIMIT, TRUST_PROXY: trustProxy });
  const svc = await startServiceInProcess(AppModule, env, { overrides: [{ provide: Clock, useValue: clock }] });
  const username = `cmo-${randomUUID().slice(0, 8)}`;
  await svc.app.get(CreateOfficer).execute(CreateOfficerCommand.create({ username, role: 'CMO', key: 'none', password: PASSWORD }));
  return { env, svc, clock, username, close: async () => (await svc.close(), await env.dispose()) };
}

const signIn = (username: string, password: string, forwardedFor?: string): LimitRequest => ({ method: 'POST', path: '/v1/staff/sessions', body: { username, password }, forwardedFor });

describe('compliance-tracker: requests without valid credentials, limited per address', () => {
  describe('behind staff-web, trusted by address (TRUST_PROXY=loopback)', () => {
    let tracker: Awaited<ReturnType<typeof startTracker>>;

    beforeAll(async () => {
      tracker = await startTracker('loopback');
    });

    afterAll(async () => {
      await tracker?.close();
    });

    it('given three failed sign-ins for one browser address, refuses that address (even the right password) with 429, and signs in another address as usual', async () => {
      const { svc, username } = tracker;
      const locked = '203.0.113.7';
      const other = '198.51.100.9';
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await sendLimitRequest(svc.url, signIn(username, 'wrong password', locked))).status);
      expect(statuses).toEqual([401, 401, 401]);
      expect(await sendLimitRequest(svc.url, signIn(username, 'wrong password', locked))).toEqual({
        status: 429,
        retryAfter: '30',
        wwwAuthenticate: null,
        message: 'too many requests without valid credentials from this address; retry after 30 s',
      });
      expect((await sendLimitRequest(svc.url, signIn(username, PASSWORD, locked))).status).toBe(429);

      expect((await sendLimitRequest(svc.url, signIn(username, 'wrong password', other))).status).toBe(401);
      expect((await sendLimitRequest(svc.url, signIn(username, PASSWORD, other))).status).toBe(200);
    });

    it("given a staff key refused three times, answers the next with 429, still serves a valid key, and lists the 429 in its OpenAPI", async () => {
      const { svc } = tracker;
      const forwardedFor = '192.0.2.31';
      const outcome = await exerciseUnauthenticatedLimit(svc.url, {
        limit: 3,
        refused: { path: '/v1/tasks', authorization: 'Bearer hwo_not_a_key', forwardedFor },
        served: { path: '/v1/tasks', authorization: await officerAuth(svc.app, 'CMO'), forwardedFor },
      });
      expect(outcome).toEqual({
        refused: [401, 401, 401],
        limited: { status: 429, retryAfter: '30', wwwAuthenticate: null, message: 'too many requests without valid credentials from this address; retry after 30 s' },
        withoutCredential: 429,
        served: 200,
        health: 200,
        documented: true,
      });
    });

    it("given three refused keys at the queue board (/admin/queues), answers the next with 429 and no Basic prompt: the board's refusals count like every other", async () => {
      const { svc } = tracker;
      const forwardedFor = '192.0.2.44';
      const basic = `Basic ${Buffer.from('any:hwo_not_a_key').toString('base64')}`;
      const board = (authorization?: string) => sendLimitRequest(svc.url, { path: '/admin/queues/api/queues', authorization, forwardedFor });
      const first = await board();
      expect([first.status, first.wwwAuthenticate]).toEqual([401, expect.stringContaining('Basic')]);
      expect([(await board(basic)).status, (await board(basic)).status]).toEqual([401, 401]);
      const limited = await board(basic);
      expect([limited.status, limited.retryAfter, limited.wwwAuthenticate]).toEqual([429, '30', null]);
      expect((await board(await officerAuth(svc.app, 'MANAGER'))).status).toBe(200);
    });

    it('given the window has ended, the locked address may try again', async () => {
      const { svc, username, clock } = tracker;
      expect((await sendLimitRequest(svc.url, signIn(username, PASSWORD, '203.0.113.7'))).status).toBe(429);
      clock.advance(30_000);
      expect((await sendLimitRequest(svc.url, signIn(username, PASSWORD, '203.0.113.7'))).status).toBe(200);
    });
  });

  // false: every other service. 172.29.104.10: staff-web's address in docker-compose.yml, which this test's loopback is not.
  describe.each(['false', '172.29.104.10'])('reached from an address it does not trust (TRUST_PROXY=%s)', (trustProxy) => {
    let tracker: Awaited<ReturnType<typeof startTracker>>;

    beforeAll(async () => {
      tracker = await startTracker(trustProxy);
    });

    afterAll(async () => {
      await tracker?.close();
    });

    it('given failed sign-ins each naming another address in X-Forwarded-For, counts them all under the socket address and locks it out', async () => {
      const { svc, username } = tracker;
      const statuses: number[] = [];
      for (const claimed of ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4']) statuses.push((await sendLimitRequest(svc.url, signIn(username, 'wrong password', claimed))).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await sendLimitRequest(svc.url, signIn(username, PASSWORD, '198.51.100.200'))).status).toBe(429);
    });
  });

  describe('through staff-web (the built app, itself behind a proxy it trusts), as npm start runs them', () => {
    let tracker: Awaited<ReturnType<typeof startTracker>>;
    let web: RunningStaffWeb;

    beforeAll(async () => {
      tracker = await startTracker('loopback');
      web = await startStaffWeb({ redisUrl: tracker.env.redisUrl, apiUrls: { complianceTracker: tracker.svc.url }, env: { TRUST_PROXY: 'loopback' } });
    });

    afterAll(async () => {
      await web?.stop();
      await tracker?.close();
    });

    /** A browser at `address` on staff-web's sign-in page; each call posts the form. */
    async function browserAt(address: string) {
      const agent = request.agent(web.url);
      const page = await agent.get('/sign-in').set('X-Forwarded-For', address).expect(200);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
      return (password: string) => agent.post('/sign-in').set('X-Forwarded-For', address).type('form').send({ _csrf: csrf, username: tracker.username, password });
    }

    it("given one browser's three wrong passwords, tells that browser to wait and still signs in another", async () => {
      const guesser = await browserAt('203.0.113.50');
      const colleague = await browserAt('198.51.100.60');
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await guesser('wrong password')).status);
      expect(statuses).toEqual([401, 401, 401]);
      const told = await guesser(PASSWORD);
      expect(told.status).toBe(429);
      expect(told.text).toContain('Too many sign-ins have failed from your network. Try again in 30 seconds');

      expect((await colleague('wrong password')).status).toBe(401);
      const signedIn = await colleague(PASSWORD);
      expect([signedIn.status, signedIn.headers.location]).toEqual([303, '/tasks']);
    });
  });
});
