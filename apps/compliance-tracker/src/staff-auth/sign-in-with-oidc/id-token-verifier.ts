import { Clock } from '@homeward/contracts';
import { Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import type { JWTVerifyGetKey } from 'jose';
import { ComplianceTrackerConfig } from '../../compliance-tracker.config';

type Jose = typeof import('jose');

/** Why an ID token was refused; nothing in it is trusted. */
export class IdTokenRefused extends Error {}

/**
 * How long after its issue an ID token may be exchanged: staff-web exchanges it straight after
 * the provider's callback, so an older one is a replay.
 */
const MAX_ID_TOKEN_AGE = '10 minutes';

/**
 * Verifies ID tokens from the council's OpenID provider: signature against the keys its
 * discovery document's `jwks_uri` publishes, issuer, audience (OIDC_CLIENT_ID), expiry.
 * `jose` is ESM-only, so it is imported here on first use: a Jest suite that never signs in
 * through OIDC never loads it.
 */
@Injectable()
export class IdTokenVerifier {
  private readonly logger = new Logger('IdTokenVerifier');
  private keys?: Promise<{ jose: Jose; jwks: JWTVerifyGetKey; issuer: string }>;

  constructor(
    private readonly config: ComplianceTrackerConfig,
    private readonly clock: Clock,
  ) {}

  async verify(idToken: string): Promise<Record<string, unknown>> {
    const { jose, jwks, issuer } = await this.provider();
    try {
      const { payload } = await jose.jwtVerify(idToken, jwks, {
        issuer,
        audience: this.config.oidcClientId,
        maxTokenAge: MAX_ID_TOKEN_AGE,
        clockTolerance: 60,
        currentDate: this.clock.now(),
      });
      return payload;
    } catch (error) {
      if (error instanceof jose.errors.JOSEError) throw new IdTokenRefused(error.code);
      throw error;
    }
  }

  /** The provider's keys, found once; a failed look-up is tried again on the next sign-in. */
  private provider(): Promise<{ jose: Jose; jwks: JWTVerifyGetKey; issuer: string }> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      this.logger.error({ err: error }, 'OpenID provider discovery failed');
      throw new ServiceUnavailableException({ statusCode: 503, error: 'Service Unavailable', message: 'the identity provider cannot be reached; try again shortly' });
    });
    return this.keys;
  }

  private async discover(): Promise<{ jose: Jose; jwks: JWTVerifyGetKey; issuer: string }> {
    const issuerUrl = this.config.oidcIssuerUrl;
    if (!issuerUrl) throw new Error('OIDC_ISSUER_URL is not set');
    const res = await fetch(`${issuerUrl.replace(/\/$/, '')}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`discovery answered ${res.status}`);
    const discovery = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // The document must be the issuer's own, or tokens would be checked against a stranger's keys.
    if (discovery.issuer !== issuerUrl && discovery.issuer !== issuerUrl.replace(/\/$/, '')) throw new Error(`discovery names issuer ${String(discovery.issuer)}, not ${issuerUrl}`);
    if (typeof discovery.jwks_uri !== 'string') throw new Error('discovery has no jwks_uri');
    const jose = await import('jose');
    return { jose, jwks: jose.createRemoteJWKSet(new URL(discovery.jwks_uri)), issuer: discovery.issuer };
  }
}
