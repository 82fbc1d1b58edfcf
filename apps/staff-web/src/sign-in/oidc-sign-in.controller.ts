import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { startSignedInSession } from '../auth/sign-in-session';
import { StaffWebConfig } from '../staff-web.config';
import { BeginOidcSignIn, BeginOidcSignInCommand } from './begin-oidc-sign-in';
import { CompleteOidcSignIn, CompleteOidcSignInCommand, OidcRefusal } from './complete-oidc-sign-in';
import { OpenIdProviderUnavailable } from './oidc/openid-provider';

const REFUSED_VIEW = 'sign-in/views/oidc-refused.njk';

/** The status each refusal page answers with. */
const REFUSAL_STATUS: Record<OidcRefusal, number> = {
  unmatched: 400,
  'provider-refused': 401,
  'not-accepted': 401,
  'no-role': 403,
  disabled: 403,
  'too-many': 429,
  unavailable: 503,
};

/**
 * Sign-in through the council's identity provider (OpenID Connect, authorisation code with
 * PKCE): /sign-in/oidc sends the browser to the provider with a fresh state, nonce and
 * verifier kept in the session; /sign-in/callback is where the provider sends it back.
 * Only when OIDC_ISSUER_URL is set; otherwise both are "page not found".
 */
@Controller('sign-in')
export class OidcSignInController {
  constructor(
    private readonly begin: BeginOidcSignIn,
    private readonly complete: CompleteOidcSignIn,
    private readonly config: StaffWebConfig,
  ) {}

  @Get('oidc')
  async start(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string): Promise<void> {
    if (!this.config.oidcEnabled) throw new NotFoundException();
    const command = BeginOidcSignInCommand.create(returnTo);
    try {
      const started = await this.begin.execute(command);
      req.session.oidc = started.pending;
      // express-session saves the session before this answer is sent.
      res.redirect(303, started.redirectTo);
    } catch (error) {
      if (!(error instanceof OpenIdProviderUnavailable)) throw error;
      this.refused(res, 'unavailable', command.returnTo);
    }
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response, @Query() params: Record<string, unknown>): Promise<void> {
    if (!this.config.oidcEnabled) throw new NotFoundException();
    const pending = req.session.oidc;
    // Back (or reload) to the callback once signed in: nothing to finish, carry on.
    if (!pending && req.session.user) return res.redirect(303, '/tasks');
    // One use only: a second visit to the same callback finds nothing to match.
    delete req.session.oidc;
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const outcome = await this.complete.execute(CompleteOidcSignInCommand.create({ pending, query, params }));
    if (!outcome.signedIn) return this.refused(res, outcome.refusal, outcome.returnTo);
    await startSignedInSession(req, outcome.view);
    res.redirect(303, outcome.returnTo);
  }

  private refused(res: Response, refusal: OidcRefusal, returnTo: string): void {
    res.status(REFUSAL_STATUS[refusal]).render(REFUSED_VIEW, { pageTitle: 'You could not be signed in', refusal, returnTo });
  }
}
