import Redis from 'ioredis';
import request from 'supertest';
import { csrfTokenIn, PASSWORD, STAFF, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

const SESSION_KEY_PREFIX = 'staff-web:session:';

describe('the signed-in session: its timeout, "Stay signed in", and its end when a service refuses the person', () => {
  let kit: StaffWebKit;
  let redis: Redis;

  beforeAll(async () => {
    kit = await startStaffWebKit({
      protocolEngine: { 'GET /v1/children/search': () => ({ body: [] }) },
    });
    redis = new Redis(kit.env.redisUrl);
  });

  afterAll(async () => {
    redis?.disconnect();
    await kit?.stop();
  });

  /** Signs in as `who`; returns the agent, a CSRF token of the new session and its Redis key. */
  async function signIn(who: keyof typeof STAFF = 'cmo') {
    const agent = request.agent(kit.web.url);
    const form = await agent.get('/sign-in').expect(200);
    const res = await agent.post('/sign-in').type('form').send({ _csrf: csrfTokenIn(form.text), username: STAFF[who].username, password: PASSWORD }).expect(303);
    // The cookie is `s:<id>.<signature>`, URL-encoded.
    const cookie = String(res.headers['set-cookie']).match(/homeward\.sid=([^;]+)/)?.[1] ?? '';
    const sessionId = decodeURIComponent(cookie).replace(/^s:/, '').replace(/\.[^.]*$/, '');
    const page = await agent.get('/children/search').expect(200);
    return { agent, csrf: csrfTokenIn(page.text), page, key: `${SESSION_KEY_PREFIX}${sessionId}` };
  }

  it('carries the timeout and the warning time on every signed-in page, with its script under the CSP nonce', async () => {
    const { page } = await signIn();
    expect(page.text).toMatch(/<dialog class="hw-timeout-dialog" id="hw-timeout-dialog" role="dialog" aria-modal="true"/);
    expect(page.text).toContain('data-timeout-seconds="1800"');
    expect(page.text).toContain('data-warning-seconds="120"');
    const nonce = /script-src 'self' 'nonce-([0-9a-f]{32})'/.exec(String(page.headers['content-security-policy']))?.[1];
    expect(page.text).toMatch(new RegExp(`<script type="module" src="/assets/session-timeout\\.[0-9a-f]{12}\\.js" nonce="${nonce}"></script>`));
    expect(page.text).not.toMatch(/\son[a-z]+="/);

    const signInPage = await request(kit.web.url).get('/sign-in').expect(200);
    expect(signInPage.text).not.toContain('hw-timeout-dialog');
  });

  it('"Stay signed in" restarts the idle timeout in Redis and answers when the session now ends', async () => {
    const { agent, csrf, key } = await signIn();
    await redis.expire(key, 100);
    const before = Date.now();
    const res = await agent.post('/session/extend').set('x-csrf-token', csrf).set('accept', 'application/json').expect(200);
    expect(res.body).toEqual({ expiresAt: expect.any(String), timeoutSeconds: 1800, warningSeconds: 120 });
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThanOrEqual(before + 1795_000);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(await redis.ttl(key)).toBeGreaterThan(1790);
  });

  it('refuses "Stay signed in" without the CSRF token', async () => {
    const { agent } = await signIn();
    const res = await agent.post('/session/extend').set('accept', 'application/json').expect(403);
    expect(res.text).toContain('Your form could not be sent');
  });

  it('once the session has ended, "Stay signed in" and any form go to sign-in instead', async () => {
    const { agent, csrf, key } = await signIn();
    await redis.del(key);
    const res = await agent.post('/session/extend').set('x-csrf-token', csrf).expect(303);
    expect(res.headers.location).toBe('/sign-in');
  });

  it('says on the sign-in page that the person was signed out for doing nothing, and for how long', async () => {
    const page = await request(kit.web.url).get('/sign-in?returnTo=%2Ftasks%3Fview%3Dteam&timedOut=1').expect(200);
    expect(page.text).toContain('You were signed out because you did nothing for 30 minutes.');
    expect(page.text).toContain('name="returnTo" value="/tasks?view=team"');
  });

  it('ends the session when a service starts refusing the person\'s token (officer disabled): sign-in, and the cookie opens nothing', async () => {
    const { agent, key } = await signIn('reader');
    await agent.get('/children/search?q=smith').expect(200);
    expect(kit.protocolEngine.calls.at(-1)?.headers.authorization).toBe('Bearer token-for-reader');

    kit.protocolEngine.routes['GET /v1/children/search'] = (req) =>
      req.headers.authorization === 'Bearer token-for-reader' ? { status: 401, body: { message: 'not signed in' } } : { body: [] };
    try {
      const refused = await agent.get('/children/search?q=smith').expect(302);
      expect(refused.headers.location).toBe('/sign-in?returnTo=%2Fchildren%2Fsearch%3Fq%3Dsmith');
      expect(await redis.exists(key)).toBe(0);
      await agent.get('/children/search').expect(302).expect('location', '/sign-in?returnTo=%2Fchildren%2Fsearch');

      // Someone else's session goes on.
      const other = await signIn('cmo');
      await other.agent.get('/children/search?q=smith').expect(200);
    } finally {
      kit.protocolEngine.routes['GET /v1/children/search'] = () => ({ body: [] });
    }
  });
});
