import { RunningOidcProvider, signInAtOidcProvider, startOidcProvider } from './oidc-provider';

describe('the test OpenID provider', () => {
  let provider: RunningOidcProvider;
  const client = { clientId: 'homeward-test', clientSecret: 'test-client-secret', redirectUris: ['http://127.0.0.1:9/callback'] };
  const account = { username: 'alex', password: 'alex-password', claims: { preferred_username: 'alex', name: 'Alex Morgan', roles: ['homeward-cmo'] } };

  beforeAll(async () => {
    provider = await startOidcProvider({ clients: [client], accounts: [account] });
  });

  afterAll(async () => {
    await provider?.stop();
  });

  it('publishes its discovery document at the issuer URL it printed', async () => {
    const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(discovery.issuer).toBe(provider.issuer);
    expect(discovery.jwks_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('signs an account in with its password and issues an ID token carrying its claims for the client', async () => {
    const { idToken } = await signInAtOidcProvider({ issuer: provider.issuer, ...client, redirectUri: client.redirectUris[0], username: 'alex', password: 'alex-password' });
    const claims = JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: provider.issuer, aud: 'homeward-test', sub: 'alex', preferred_username: 'alex', name: 'Alex Morgan', roles: ['homeward-cmo'] });
  });

  it('refuses a wrong password on its login page', async () => {
    await expect(signInAtOidcProvider({ issuer: provider.issuer, ...client, redirectUri: client.redirectUris[0], username: 'alex', password: 'wrong' })).rejects.toThrow(/answered 401/);
  });
});
