import request from 'supertest';
import { csrfTokenIn, PASSWORD, StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

/** One browser at `address` (as its proxy names it) on the sign-in page: posts the form with its session's CSRF token. */
async function browserAt(kit: StaffWebKit, forwardedFor?: string) {
  const agent = request.agent(kit.web.url);
  const withAddress = <T extends request.Test>(test: T): T => (forwardedFor ? (test.set('X-Forwarded-For', forwardedFor) as T) : test);
  const csrf = csrfTokenIn((await withAddress(agent.get('/sign-in')).expect(200)).text);
  return (username: string, password: string) => withAddress(agent.post('/sign-in').type('form').send({ _csrf: csrf, username, password }));
}

const lastForwardedFor = (kit: StaffWebKit) => kit.directory.calls.filter((c) => c.path === '/v1/staff/sessions').at(-1)?.headers['x-forwarded-for'];

describe("signing in: the browser's address goes to the staff directory, which limits failed sign-ins per address", () => {
  describe('behind a proxy staff-web trusts (TRUST_PROXY=loopback)', () => {
    let kit: StaffWebKit;

    beforeAll(async () => {
      kit = await startStaffWebKit({}, { env: { TRUST_PROXY: 'loopback' } });
    });

    afterAll(async () => {
      await kit?.stop();
    });

    it("sends the browser's address the proxy names as X-Forwarded-For, never the browser's own claims before it", async () => {
      await (await browserAt(kit, '203.0.113.7'))('cmo', 'wrong').expect(401);
      expect(lastForwardedFor(kit)).toBe('203.0.113.7');
      // A browser that sends its own header reaches the proxy, which appends the address it saw.
      await (await browserAt(kit, '10.0.0.66, 198.51.100.9'))('cmo', PASSWORD).expect(303);
      expect(lastForwardedFor(kit)).toBe('198.51.100.9');
    });

    it('given the directory refuses the address for now (429), says so and when to try again, instead of "not right"', async () => {
      kit.directory.routes['POST /v1/staff/sessions'] = () => ({
        respond: (res) => {
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '45' });
          res.end(JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'too many requests without valid credentials from this address; retry after 45 s' }));
        },
      });
      const res = await (await browserAt(kit, '203.0.113.7'))('cmo', PASSWORD).expect(429);
      expect(res.headers['retry-after']).toBe('45');
      expect(res.text).toContain('<title>Error: Sign in – Homeward</title>');
      expect(res.text).toContain('Too many sign-ins have failed from your network. Try again in 45 seconds');
      expect(res.text).not.toContain('The username or password is not right');
      expect(res.text).toMatch(/name="username"[^>]*value="cmo"/);
    });
  });

  describe('signed in, when a service limits the address for refused tokens', () => {
    let kit: StaffWebKit;

    beforeAll(async () => {
      kit = await startStaffWebKit({ protocolEngine: { 'GET /v1/children/search': () => ({ status: 429, body: { statusCode: 429, message: 'too many requests without valid credentials from this address; retry after 45 s' } }) } });
    });

    afterAll(async () => {
      await kit?.stop();
    });

    it("ends the session as for a refused token (only a refused token is limited), so the person meets sign-in, not an error page", async () => {
      const agent = request.agent(kit.web.url);
      const csrf = csrfTokenIn((await agent.get('/sign-in').expect(200)).text);
      await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: 'reader', password: PASSWORD }).expect(303);
      const refused = await agent.get('/children/search?q=smith').expect(302);
      expect(refused.headers.location).toBe('/sign-in?returnTo=%2Fchildren%2Fsearch%3Fq%3Dsmith');
      await agent.get('/children/search').expect(302);
    });
  });

  describe('reached directly (TRUST_PROXY unset: false outside production)', () => {
    let kit: StaffWebKit;

    beforeAll(async () => {
      kit = await startStaffWebKit();
    });

    afterAll(async () => {
      await kit?.stop();
    });

    it("ignores the browser's own X-Forwarded-For and sends the address it connected from", async () => {
      await (await browserAt(kit, '203.0.113.99'))('cmo', 'wrong').expect(401);
      expect(lastForwardedFor(kit)).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    });
  });
});
