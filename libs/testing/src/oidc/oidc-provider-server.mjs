/**
 * A real OpenID provider (oidc-provider 9) for tests: authorisation code with PKCE, fresh signing
 * keys each start, a plain login form that checks the configured accounts' passwords (consent is
 * given with the login, as a council's own provider does for its own staff apps).
 *
 * Run as a child process (oidc-provider is ESM-only, Jest cannot load it in-process):
 *   OIDC_PROVIDER_OPTIONS='{"clients":[...],"accounts":[...]}' node oidc-provider-server.mjs
 * It prints its issuer URL as one line on stdout once it is listening; SIGTERM stops it.
 *
 * Options (JSON): port (default a free one), clients: [{ clientId, clientSecret?, redirectUris,
 * postLogoutRedirectUris? }], accounts: [{ username, password, claims }] (sub = username unless
 * claims.sub is given; every claim any account has is released with the `profile` scope).
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const options = JSON.parse(process.env.OIDC_PROVIDER_OPTIONS ?? '{}');
const accounts = new Map((options.accounts ?? []).map((account) => [account.username, account]));
const claimNames = [...new Set([...accounts.values()].flatMap((account) => Object.keys(account.claims ?? {})))].filter((name) => name !== 'sub');

const server = createServer();
await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: (options.clients ?? []).map((client) => ({
    client_id: client.clientId,
    ...(client.clientSecret ? { client_secret: client.clientSecret } : { token_endpoint_auth_method: 'none' }),
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  })),
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: claimNames },
  // The claims of the granted scopes go in the ID token too, as most enterprise providers do.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(_ctx, id) {
    const account = accounts.get(id);
    if (!account) return undefined;
    return { accountId: id, claims: () => ({ sub: id, ...account.claims }) };
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(res, uid, error) {
  res.writeHead(error ? 401 : 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><title>Test identity provider: sign in</title></head><body><main>
<h1>Sign in to the test identity provider</h1>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
<label for="username">Username</label> <input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form></main></body></html>`);
}

async function formBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

/** The login (and the consent that goes with it): the only page this provider draws itself. */
async function interaction(req, res, uid) {
  const details = await provider.interactionDetails(req, res);
  const grantFor = async (accountId) => {
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope ?? 'openid'));
    return grant.save();
  };
  if (details.prompt.name === 'consent') {
    return provider.interactionFinished(req, res, { consent: { grantId: await grantFor(details.session.accountId) } }, { mergeWithLastSubmission: true });
  }
  if (req.method !== 'POST') return loginPage(res, uid);
  const form = await formBody(req);
  const account = accounts.get(form.get('username') ?? '');
  if (!account || account.password !== form.get('password')) return loginPage(res, uid, 'The username or password is not right');
  const grantId = await grantFor(account.username);
  return provider.interactionFinished(req, res, { login: { accountId: account.username }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
server.on('request', (req, res) => {
  const uid = /^\/interaction\/([^/?]+)/.exec(req.url ?? '')?.[1];
  if (!uid) return callback(req, res);
  interaction(req, res, uid).catch((error) => {
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`interaction failed: ${error.message}`);
  });
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.stdout.write(`${issuer}\n`);
