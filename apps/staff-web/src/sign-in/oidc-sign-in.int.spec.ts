import { authoriseAtOidcProvider, freePort, RunningOidcProvider, startOidcProvider, StubAnswer, StubRequest } from '@homeward/testing';
import request from 'supertest';
import { StaffWebKit, startStaffWebKit } from '../testing/staff-web-test-kit';

const CLIENT = { clientId: 'homeward-staff-web', clientSecret: 'staff-web-test-secret' };
const ACCOUNTS = [
  { username: 'alex', password: 'alex-password', claims: { preferred_username: 'alex.morgan', name: 'Alex Morgan', roles: ['homeward-cmo'] } },
  { username: 'finn', password: 'finn-password', claims: { preferred_username: 'finn.ward', name: 'Finn Ward', roles: ['finance'] } },
  { username: 'dana', password: 'dana-password', claims: { preferred_username: 'dana.cole', name: 'Dana Cole', roles: ['homeward-cmo'] } },
  { username: 'kim', password: 'kim-password', claims: { preferred_username: 'kim.lowe', name: 'Kim Lowe', roles: ['homeward-cmo'] } },
];

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/**
 * The staff directory's answers to POST /v1/staff/oidc-sessions, as compliance-tracker gives them
 * (its own test proves it verifies the token): a token for a mapped person, 403 for no role,
 * 401 for a disabled officer, 429 for a browser address past the limit on failed sign-ins. The
 * stub reads the username without verifying anything.
 */
function oidcSessions(req: StubRequest): StubAnswer {
  const { idToken } = (req.body ?? {}) as { idToken?: string };
  const username = idToken ? claimsOf(idToken).preferred_username : undefined;
  if (username === 'alex.morgan') {
    return { body: { token: 'token-for-alex.morgan', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), officer: { username, role: 'CMO', displayName: 'Alex Morgan' } } };
  }
  if (username === 'kim.lowe') {
    return {
      respond: (res) => {
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '45' });
        res.end(JSON.stringify({ statusCode: 429, message: 'too many requests without valid credentials from this address; retry after 45 s' }));
      },
    };
  }
  if (username === 'finn.ward') return { status: 403, body: { statusCode: 403, message: 'none of your groups (the roles claim) gives a Homeward role' } };
  return { status: 401, body: { statusCode: 401, message: 'this officer is disabled in the staff directory' } };
}

/**
 * Sign-in through the council's identity provider, against a real OpenID provider (oidc-provider,
 * a child process) and the built staff-web, with the staff directory stubbed.
 */
describe('signing in with a council account (OpenID Connect)', () => {
  let kit: StaffWebKit;
  let provider: RunningOidcProvider;

  beforeAll(async () => {
    // staff-web's own port is only known once it runs, and the provider must know the redirect
    // URI when it starts: staff-web discovers the provider at the first sign-in, so it goes first.
    const providerPort = await freePort();
    kit = await startStaffWebKit(
      { directory: { 'POST /v1/staff/oidc-sessions': oidcSessions } },
      { env: { OIDC_ISSUER_URL: `http://127.0.0.1:${providerPort}`, OIDC_CLIENT_ID: CLIENT.clientId, OIDC_CLIENT_SECRET: CLIENT.clientSecret } },
    );
    provider = await startOidcProvider({ port: providerPort, clients: [{ ...CLIENT, redirectUris: [`${kit.web.url}/sign-in/callback`] }], accounts: ACCOUNTS });
  });

  afterAll(async () => {
    await kit?.stop();
    await provider?.stop();
  });

  /** The agent at the provider's door: staff-web's redirect, read. */
  async function startSignIn(returnTo = '/children/search') {
    const agent = request.agent(kit.web.url);
    const res = await agent.get(`/sign-in/oidc?returnTo=${encodeURIComponent(returnTo)}`).expect(303);
    return { agent, authorisation: new URL(res.headers.location) };
  }

  /** The whole round trip: staff-web → the provider's login → back to staff-web's callback. */
  async function signInAs(username: string, password = `${username}-password`) {
    const { agent, authorisation } = await startSignIn();
    const back = await authoriseAtOidcProvider(authorisation.href, username, password);
    const answer = await agent.get(back.pathname + back.search);
    return { agent, authorisation, back, answer };
  }

  it('offers the council account on the sign-in page, keeping the page to go back to', async () => {
    const page = await request(kit.web.url).get('/sign-in?returnTo=%2Fchildren%2Fsearch').expect(200);
    expect(page.text).toContain('href="/sign-in/oidc?returnTo=%2Fchildren%2Fsearch"');
    expect(page.text).toContain('Sign in with your council account');
  });

  it("sends the browser to the council's provider with an authorisation code request, PKCE (S256), state and nonce", async () => {
    const { authorisation } = await startSignIn();
    expect(authorisation.origin).toBe(provider.issuer);
    const params = Object.fromEntries(authorisation.searchParams);
    expect(params).toEqual(
      expect.objectContaining({
        client_id: CLIENT.clientId,
        response_type: 'code',
        scope: 'openid profile',
        redirect_uri: `${kit.web.url}/sign-in/callback`,
        code_challenge_method: 'S256',
        code_challenge: expect.stringMatching(/^[\w-]{43}$/),
        state: expect.stringMatching(/^[\w-]{20,}$/),
        nonce: expect.stringMatching(/^[\w-]{20,}$/),
      }),
    );
    const again = await startSignIn();
    expect(again.authorisation.searchParams.get('state')).not.toBe(params.state);
    expect(again.authorisation.searchParams.get('code_challenge')).not.toBe(params.code_challenge);
  });

  it('signs the person in as the directory names them, and goes back to the page they asked for', async () => {
    const { agent, authorisation, answer } = await signInAs('alex');
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/children/search');

    const sent = kit.directory.calls.filter((c) => c.path === '/v1/staff/oidc-sessions').at(-1);
    const claims = claimsOf((sent?.body as { idToken: string }).idToken);
    expect(claims).toEqual(expect.objectContaining({ iss: provider.issuer, aud: CLIENT.clientId, nonce: authorisation.searchParams.get('nonce'), preferred_username: 'alex.morgan' }));

    const page = await agent.get('/children/search').expect(200);
    expect(page.text).toContain('Alex Morgan');
    expect(page.text).toContain('Children missing officer');
  });

  it('uses a callback once: the same answer again does not sign anyone in', async () => {
    const { back } = await signInAs('alex');
    const stranger = request.agent(kit.web.url);
    const replay = await stranger.get(back.pathname + back.search).expect(400);
    expect(replay.text).toContain('Homeward could not match this sign-in to the one started in this browser');
    await stranger.get('/children/search').expect(302).expect('location', '/sign-in?returnTo=%2Fchildren%2Fsearch');
  });

  it("refuses an answer whose state is not the session's, saying what happened, with the ways to try again", async () => {
    const { agent } = await startSignIn();
    const res = await agent.get('/sign-in/callback?code=made-up&state=not-the-one-sent').expect(400);
    expect(res.text).toContain('<title>You could not be signed in – Homeward</title>');
    expect(res.text).toContain('Homeward could not match this sign-in to the one started in this browser');
    expect(res.text).toContain('<a class="govuk-link" href="/sign-in/oidc?returnTo=%2Fchildren%2Fsearch">Try signing in with your council account again</a>');
    expect(res.text).toContain('<a class="govuk-link" href="/sign-in?returnTo=%2Fchildren%2Fsearch">Sign in with a Homeward username and password</a>');
    expect(kit.directory.calls.filter((c) => c.path === '/v1/staff/oidc-sessions' && (c.body as { idToken?: string }).idToken === 'made-up')).toEqual([]);
    await agent.get('/children/search').expect(302);
  });

  it('says the provider did not sign the person in when it answers with an error (cancelled, refused)', async () => {
    const { agent, authorisation } = await startSignIn();
    const state = authorisation.searchParams.get('state') ?? '';
    const res = await agent.get(`/sign-in/callback?error=access_denied&error_description=End-User+aborted&state=${state}`).expect(401);
    expect(res.text).toContain("Your council's sign-in service did not sign you in");
    await agent.get('/children/search').expect(302);
  });

  it('tells a person none of whose groups gives a Homeward role that they cannot come in, and what to ask for (403)', async () => {
    const { agent, answer } = await signInAs('finn');
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('it is not in any of the groups that give a role in Homeward');
    expect(answer.text).toContain('ask your manager to add you to the right group');
    await agent.get('/children/search').expect(302);
  });

  it("says when the directory is refusing sign-ins from the browser's address for now (429), instead of 'could not be reached'", async () => {
    const { agent, answer } = await signInAs('kim');
    expect(answer.status).toBe(429);
    expect(answer.text).toContain('Too many sign-ins have failed from your network');
    expect(answer.text).not.toContain('could not be reached');
    await agent.get('/children/search').expect(302);
  });

  it('refuses a person the directory has disabled, though the provider vouches for them', async () => {
    const { agent, answer } = await signInAs('dana');
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('your Homeward account has been disabled');
    await agent.get('/children/search').expect(302);
  });
});

describe('signing in with a council account while its provider cannot be reached', () => {
  let kit: StaffWebKit;

  beforeAll(async () => {
    kit = await startStaffWebKit({}, { env: { OIDC_ISSUER_URL: `http://127.0.0.1:${await freePort()}`, OIDC_CLIENT_ID: CLIENT.clientId } });
  });

  afterAll(async () => {
    await kit?.stop();
  });

  it('says so (503) and offers the password instead; staff-web itself started', async () => {
    const res = await request(kit.web.url).get('/sign-in/oidc?returnTo=%2Ftasks').expect(503);
    expect(res.text).toContain("Your council's sign-in service, or Homeward's staff directory, could not be reached");
    expect(res.text).toContain('href="/sign-in?returnTo=%2Ftasks"');
  });
});
