import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as path from 'node:path';

export interface OidcTestClient {
  clientId: string;
  /** Without one the client is public (token endpoint auth `none`). */
  clientSecret?: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}

export interface OidcTestAccount {
  username: string;
  password: string;
  /** Claims released with the `profile` scope, in the ID token too: preferred_username, name, roles... */
  claims: Record<string, unknown>;
}

export interface OidcProviderOptions {
  clients: OidcTestClient[];
  accounts: OidcTestAccount[];
  /** Default: a free loopback port. */
  port?: number;
}

export interface RunningOidcProvider {
  /** e.g. http://127.0.0.1:41234 (its discovery document is at /.well-known/openid-configuration). */
  issuer: string;
  stop(): Promise<void>;
}

const SERVER = path.join(__dirname, 'oidc-provider-server.mjs');

/**
 * Starts a real OpenID provider (oidc-provider 9) in a child process, since it is ESM-only and
 * Jest cannot load it; resolves once it listens. Its login page has Username and Password fields
 * and a "Sign in" button, for browser tests; `signInAtOidcProvider` drives it with fetch.
 */
export function startOidcProvider(options: OidcProviderOptions, timeoutMs = 15_000): Promise<RunningOidcProvider> {
  const child = spawn(process.execPath, [SERVER], { env: { ...process.env, OIDC_PROVIDER_OPTIONS: JSON.stringify(options) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`the OpenID provider did not start in ${timeoutMs} ms`)), timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${stderr}`));
    };
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0];
      if (!stdout.includes('\n')) return;
      clearTimeout(timer);
      resolve({ issuer: line.trim(), stop: () => stop(child) });
    });
    child.once('exit', (code, signal) => fail(new Error(`the OpenID provider exited (${code ?? signal})`)));
    child.once('error', fail);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export interface OidcSignIn {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
  username: string;
  password: string;
  scope?: string;
}

/** A tiny cookie jar: the provider's cookies are few and path-scoped to one interaction. */
class Cookies {
  private readonly jar = new Map<string, string>();
  take(res: Response): void {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Follows an authorisation URL (a relying party's, e.g. staff-web's /sign-in/oidc redirect) at
 * the provider as a browser would, posting the login form: the URL the provider sends the
 * browser back to (the redirect URI with `code`, `state` and `iss`, or `error`).
 */
export async function authoriseAtOidcProvider(authorizationUrl: string, username: string, password: string): Promise<URL> {
  const cookies = new Cookies();
  const step = async (url: string, init: RequestInit = {}): Promise<string> => {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: cookies.header() } });
    cookies.take(res);
    const location = res.headers.get('location');
    if (res.status !== 303 && res.status !== 302) throw new Error(`the provider answered ${res.status} at ${url}: ${await res.text()}`);
    await res.arrayBuffer().catch(() => undefined);
    return new URL(location ?? '', url).toString();
  };
  const loginPage = await step(authorizationUrl);
  const form = new URLSearchParams({ username, password });
  const resume = await step(loginPage, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  return new URL(await step(resume));
}

/**
 * Signs an account in at the provider as a browser would (authorisation code with PKCE, the
 * login form posted), then redeems the code: the tokens a relying party receives.
 */
export async function signInAtOidcProvider(signIn: OidcSignIn): Promise<{ idToken: string; accessToken: string }> {
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL('/auth', signIn.issuer);
  authorize.search = new URLSearchParams({
    client_id: signIn.clientId,
    response_type: 'code',
    scope: signIn.scope ?? 'openid profile',
    redirect_uri: signIn.redirectUri,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
  }).toString();

  const back = await authoriseAtOidcProvider(authorize.toString(), signIn.username, signIn.password);
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`the provider sent no code: ${back.toString()}`);

  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: signIn.redirectUri, code_verifier: verifier });
  if (signIn.clientSecret) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(signIn.clientId)}:${encodeURIComponent(signIn.clientSecret)}`).toString('base64')}`;
  else body.set('client_id', signIn.clientId);
  const res = await fetch(new URL('/token', signIn.issuer), { method: 'POST', headers, body: body.toString() });
  const tokens = (await res.json()) as { id_token?: string; access_token?: string; error?: string };
  if (!res.ok || !tokens.id_token || !tokens.access_token) throw new Error(`the provider refused the code: ${res.status} ${JSON.stringify(tokens)}`);
  return { idToken: tokens.id_token, accessToken: tokens.access_token };
}
