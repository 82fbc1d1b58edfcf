import request from 'supertest';
import { csrfTokenIn, PASSWORD, signedInAgent, StaffWebKit, startStaffWebKit, tokenView, STAFF } from '../testing/staff-web-test-kit';

describe('signing in and out of the staff workspace', () => {
  let kit: StaffWebKit;

  beforeAll(async () => {
    kit = await startStaffWebKit();
  });

  afterAll(async () => {
    await kit?.stop();
  });

  async function signInPage(agent = request.agent(kit.web.url), path = '/sign-in') {
    const page = await agent.get(path).expect(200);
    return { agent, page, csrf: csrfTokenIn(page.text) };
  }

  it('shows the sign-in form, with a session cookie that scripts cannot read and other sites do not send', async () => {
    const { page } = await signInPage();
    expect(page.text).toContain('<h1 class="govuk-heading-l">Sign in</h1>');
    expect(page.text).toContain('<title>Sign in – Homeward</title>');
    expect(page.text).toMatch(/<label class="govuk-label" for="username">\s*Username/);
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/homeward\.sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}'/);
  });

  it('offers no council account sign-in where none is set up (OIDC_ISSUER_URL unset)', async () => {
    const { page } = await signInPage();
    expect(page.text).not.toContain('Sign in with your council account');
    await request(kit.web.url).get('/sign-in/oidc').expect(404);
    await request(kit.web.url).get('/sign-in/callback?code=x&state=y').expect(404);
  });

  it('asks for what is missing in an error summary, keeping the username typed', async () => {
    const { agent, csrf } = await signInPage();
    const both = await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: '', password: '' }).expect(400);
    expect(both.text).toContain('<title>Error: Sign in – Homeward</title>');
    expect(both.text).toContain('There is a problem');
    expect(both.text).toContain('<a href="#username">Enter your username</a>');
    expect(both.text).toContain('<a href="#password">Enter your password</a>');

    const onlyName = await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: 'casey.m', password: '' }).expect(400);
    expect(onlyName.text).toMatch(/id="username" name="username" type="text"[^>]*value="casey.m"/);
    expect(onlyName.text).not.toContain('Enter your username');
    expect(onlyName.text).toContain('Enter your password');
  });

  it('says the username or password is not right, without saying which', async () => {
    const { agent, csrf } = await signInPage();
    const res = await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: 'cmo', password: 'wrong' }).expect(401);
    expect(res.text).toContain('The username or password is not right');
    expect(res.text).toMatch(/name="username"[^>]*value="cmo"/);
    expect(res.text).not.toContain('value="wrong"');
  });

  it('signs in with the right password and goes to the work queue, named in the header', async () => {
    const { agent, csrf } = await signInPage();
    const res = await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: 'cmo', password: PASSWORD }).expect(303);
    expect(res.headers.location).toBe('/tasks');
    expect(kit.directory.calls.at(-1)?.body).toEqual({ username: 'cmo', password: PASSWORD });

    const home = await agent.get('/').expect(302);
    expect(home.headers.location).toBe('/tasks');
    const page = await agent.get('/tasks');
    expect(page.text).toContain('Casey Morgan');
    expect(page.text).toContain('Children missing officer');
    expect(page.text).toContain('href="/leave"');
    expect(page.text).not.toContain('href="/protocol"');
  });

  it('goes back to the page that asked for sign-in, never to another site', async () => {
    const asked = await request(kit.web.url).get('/children/search?q=smith').expect(302);
    expect(asked.headers.location).toBe('/sign-in?returnTo=%2Fchildren%2Fsearch%3Fq%3Dsmith');
    const { agent, csrf } = await signInPage(request.agent(kit.web.url), asked.headers.location);
    const back = await agent.post('/sign-in').type('form').send({ _csrf: csrf, username: 'manager', password: PASSWORD, returnTo: '/children/search?q=smith' }).expect(303);
    expect(back.headers.location).toBe('/children/search?q=smith');

    const { agent: other, csrf: otherCsrf } = await signInPage();
    const away = await other.post('/sign-in').type('form').send({ _csrf: otherCsrf, username: 'manager', password: PASSWORD, returnTo: '//evil.example/' }).expect(303);
    expect(away.headers.location).toBe('/tasks');
  });

  it('refuses a form sent without its CSRF token, or with another session\'s', async () => {
    const { agent } = await signInPage();
    const without = await agent.post('/sign-in').type('form').send({ username: 'cmo', password: PASSWORD }).expect(403);
    expect(without.text).toContain('Your form could not be sent');
    const { csrf: someoneElses } = await signInPage();
    await agent.post('/sign-in').type('form').send({ _csrf: someoneElses, username: 'cmo', password: PASSWORD }).expect(403);
  });

  it('sends someone not signed in to sign-in, from a page that exists or not', async () => {
    const home = await request(kit.web.url).get('/').expect(302);
    expect(home.headers.location).toBe('/sign-in?returnTo=%2F');
    const tasks = await request(kit.web.url).get('/tasks?view=team').expect(302);
    expect(tasks.headers.location).toBe('/sign-in?returnTo=%2Ftasks%3Fview%3Dteam');
  });

  it('signing out ends the session: the same cookie no longer opens a page', async () => {
    const { agent, csrf } = await signedInAgent(kit.web.url, 'reader');
    const out = await agent.post('/sign-out').type('form').send({ _csrf: csrf }).expect(303);
    expect(out.headers.location).toBe('/sign-in?signedOut=1');
    const after = await agent.get('/').expect(302);
    expect(after.headers.location).toMatch(/^\/sign-in/);
    const page = await agent.get('/sign-in?signedOut=1').expect(200);
    expect(page.text).toContain('You have signed out.');
  });

  it('refuses sign-out without the CSRF token, and the session goes on', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'reader');
    await agent.post('/sign-out').type('form').send({}).expect(403);
    await agent.get('/').expect(302).expect('location', '/tasks');
  });

  it('shows only the pages a role may use: protocol for administrators, not leave', async () => {
    const { agent } = await signedInAgent(kit.web.url, 'admin');
    const page = await agent.get('/tasks');
    expect(page.text).toContain('Pat Quinn');
    expect(page.text).toContain('href="/protocol"');
    expect(page.text).not.toContain('href="/leave"');
  });

  it('refreshes a staff token about to expire, and ends the session when the directory refuses it (officer disabled)', async () => {
    const original = kit.directory.routes['POST /v1/staff/sessions'];
    kit.directory.routes['POST /v1/staff/sessions'] = () => ({ body: tokenView(STAFF.cmo, { expiresInMs: 2 * 60_000 }) });
    try {
      const { agent } = await signedInAgent(kit.web.url, 'cmo');
      await agent.get('/').expect(302).expect('location', '/tasks');
      const refreshes = kit.directory.calls.filter((c) => c.path === '/v1/staff/token');
      expect(refreshes.at(-1)?.headers.authorization).toBe('Bearer token-for-cmo');
    } finally {
      kit.directory.routes['POST /v1/staff/sessions'] = original;
    }

    kit.directory.routes['POST /v1/staff/sessions'] = () => ({ body: tokenView(STAFF.cmo, { expiresInMs: 60_000, token: 'token-of-a-disabled-officer' }) });
    try {
      const agent = request.agent(kit.web.url);
      const page = await agent.get('/sign-in');
      await agent.post('/sign-in').type('form').send({ _csrf: csrfTokenIn(page.text), username: 'cmo', password: PASSWORD }).expect(303);
      const ended = await agent.get('/').expect(302);
      expect(ended.headers.location).toBe('/sign-in?returnTo=%2F');
      await agent.get('/').expect(302).expect('location', '/sign-in?returnTo=%2F');
    } finally {
      kit.directory.routes['POST /v1/staff/sessions'] = original;
    }
  });
});
