import { Injectable, Logger } from '@nestjs/common';
import { ApiProblem, ApiUnavailable } from '../../data/api-errors';
import { ComplianceTrackerClient } from '../../data/compliance-tracker.client';
import type { StaffTokenView } from '../../data/compliance-tracker.types';
import { OpenIdCodeRefused, OpenIdProvider, OpenIdProviderUnavailable } from '../oidc/openid-provider';
import { CompleteOidcSignInCommand } from './complete-oidc-sign-in.command';

/**
 * Why a sign-in through the council's provider did not end signed in:
 * - unmatched: no sign-in under way in this session, or the answer's state is not its own
 *   (an old or forged callback, a second tab, a session that timed out meanwhile);
 * - provider-refused: the provider answered with an error (the person cancelled, or it refused), or refused the code;
 * - no-role: the directory found none of the person's groups gives a Homeward role;
 * - disabled: the directory has the officer disabled;
 * - not-accepted: the directory did not accept the ID token (another issuer, no username);
 * - unavailable: the provider or the directory could not be reached.
 */
export type OidcRefusal = 'unmatched' | 'provider-refused' | 'no-role' | 'disabled' | 'not-accepted' | 'too-many' | 'unavailable';

export type OidcSignInOutcome = { signedIn: true; view: StaffTokenView; returnTo: string } | { signedIn: false; refusal: OidcRefusal; returnTo: string };

/**
 * Finishes the authorisation code flow: the state checked against the session's, the code
 * exchanged (with the PKCE verifier, the nonce checked), then the ID token given to the staff
 * directory, which verifies it, maps the groups to a role and answers the staff token.
 */
@Injectable()
export class CompleteOidcSignIn {
  private readonly logger = new Logger('CompleteOidcSignIn');

  constructor(
    private readonly provider: OpenIdProvider,
    private readonly directory: ComplianceTrackerClient,
  ) {}

  async execute(command: CompleteOidcSignInCommand): Promise<OidcSignInOutcome> {
    const { pending } = command;
    const returnTo = pending?.returnTo ?? '/tasks';
    const refuse = (refusal: OidcRefusal): OidcSignInOutcome => {
      // The reason only: never the person's name or the provider's free-text description.
      this.logger.log({ refusal, providerError: command.error }, 'OpenID sign-in not completed');
      return { signedIn: false, refusal, returnTo };
    };

    if (!pending || !command.state || command.state !== pending.state) return refuse('unmatched');
    if (command.error) return refuse('provider-refused');

    let idToken: string;
    try {
      idToken = await this.provider.idTokenFor(command.query, pending);
    } catch (error) {
      if (error instanceof OpenIdProviderUnavailable) return refuse('unavailable');
      if (error instanceof OpenIdCodeRefused) return refuse('provider-refused');
      throw error;
    }

    try {
      return { signedIn: true, view: await this.directory.createOidcSession(idToken), returnTo };
    } catch (error) {
      if (error instanceof ApiUnavailable) return refuse('unavailable');
      if (!(error instanceof ApiProblem)) throw error;
      if (error.status === 403) return refuse('no-role');
      if (error.status === 401) return refuse(/disabled/i.test(error.detail) ? 'disabled' : 'not-accepted');
      // The directory's limit on failed sign-ins from this browser's address.
      if (error.status === 429) return refuse('too-many');
      return refuse('unavailable');
    }
  }
}
