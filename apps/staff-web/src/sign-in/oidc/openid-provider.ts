import { Injectable, Logger } from '@nestjs/common';
import type { Configuration } from 'openid-client';
import { StaffWebConfig } from '../../staff-web.config';

type OpenIdClient = typeof import('openid-client');

/** What the callback must match: sent in the authorisation request, kept in the session. */
export interface AuthorisationChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The council's provider could not be reached (discovery, or its token endpoint). */
export class OpenIdProviderUnavailable extends Error {
  override name = 'OpenIdProviderUnavailable';
}

/** The provider refused the code, or its answer failed a check (state, nonce, issuer, audience). */
export class OpenIdCodeRefused extends Error {
  override name = 'OpenIdCodeRefused';
}

const SCOPE = 'openid profile';
const TIMEOUT_SECONDS = 5;

/**
 * The one place openid-client 6 is used: discovery of OIDC_ISSUER_URL, the PKCE authorisation
 * URL, and the code exchange. openid-client is ESM-only, so it is imported on first use (the
 * compiled CommonJS app can load it; a Jest suite that never signs in this way never does).
 * Discovery happens at the first sign-in, not at boot, so staff-web starts while the provider
 * is down; a failed discovery is tried again at the next sign-in.
 */
@Injectable()
export class OpenIdProvider {
  private readonly logger = new Logger('OpenIdProvider');
  private discovered?: Promise<{ client: OpenIdClient; config: Configuration }>;

  constructor(private readonly settings: StaffWebConfig) {}

  async authorisationUrl(): Promise<{ url: string; checks: AuthorisationChecks }> {
    const { client, config } = await this.provider();
    const checks = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.oidcCallbackUrl,
      scope: SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  /** Redeems the code in the callback's query string (`code=…&state=…&iss=…`) for the ID token. */
  async idTokenFor(callbackQuery: string, checks: AuthorisationChecks): Promise<string> {
    const { client, config } = await this.provider();
    // The registered redirect URL, not the request's own (a proxy may have changed host or scheme).
    const currentUrl = new URL(this.settings.oidcCallbackUrl);
    currentUrl.search = callbackQuery;
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      if (!tokens.id_token) throw new OpenIdCodeRefused('no ID token in the answer');
      return tokens.id_token;
    } catch (error) {
      // fetch's TypeError (unreachable, timed out) is the provider being away; the rest are refusals.
      if (error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
        throw new OpenIdProviderUnavailable('the token endpoint could not be reached');
      }
      if (error instanceof OpenIdCodeRefused) throw error;
      throw new OpenIdCodeRefused(error instanceof Error ? `${error.name}: ${(error as { code?: string }).code ?? error.message}` : 'refused');
    }
  }

  private provider(): Promise<{ client: OpenIdClient; config: Configuration }> {
    this.discovered ??= this.discover().catch((error: unknown) => {
      this.discovered = undefined;
      this.logger.error({ error: error instanceof Error ? error.message : String(error) }, 'OpenID provider discovery failed');
      throw new OpenIdProviderUnavailable('discovery failed');
    });
    return this.discovered;
  }

  private async discover(): Promise<{ client: OpenIdClient; config: Configuration }> {
    const { oidcIssuerUrl, oidcClientId, oidcClientSecret } = this.settings;
    if (!oidcIssuerUrl || !oidcClientId) throw new Error('OIDC_ISSUER_URL and OIDC_CLIENT_ID are not set');
    const client = await import('openid-client');
    const auth = oidcClientSecret ? client.ClientSecretBasic(oidcClientSecret) : client.None();
    // Plain http only for a provider on loopback in development and tests: production config requires https.
    const execute = oidcIssuerUrl.startsWith('http://') ? [client.allowInsecureRequests] : [];
    const config = await client.discovery(new URL(oidcIssuerUrl), oidcClientId, undefined, auth, { execute, timeout: TIMEOUT_SECONDS });
    return { client, config };
  }
}
