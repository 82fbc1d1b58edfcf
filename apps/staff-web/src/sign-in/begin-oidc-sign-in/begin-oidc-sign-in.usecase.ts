import { Injectable } from '@nestjs/common';
import type { PendingOidcSignIn } from '../../auth/session-user';
import { OpenIdProvider } from '../oidc/openid-provider';
import { BeginOidcSignInCommand } from './begin-oidc-sign-in.command';

/** Where to send the browser (the provider's authorisation URL), and what the session keeps until it comes back. */
export interface OidcSignInStarted {
  redirectTo: string;
  pending: PendingOidcSignIn;
}

/** Starts the authorisation code flow with PKCE: a fresh verifier, state and nonce each time. */
@Injectable()
export class BeginOidcSignIn {
  constructor(private readonly provider: OpenIdProvider) {}

  async execute(command: BeginOidcSignInCommand): Promise<OidcSignInStarted> {
    const { url, checks } = await this.provider.authorisationUrl();
    return { redirectTo: url, pending: { ...checks, returnTo: command.returnTo } };
  }
}
