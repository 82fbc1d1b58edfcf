import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { safeReturnTo } from '../auth/public-paths';
import { idleTimeInWords } from '../auth/session-timeout';
import { endSession, startSignedInSession } from '../auth/sign-in-session';
import { StaffWebConfig } from '../staff-web.config';
import { SESSION_COOKIE } from '../web/session';
import { readSignInForm } from './sign-in.form';
import { SignInWithPassword, SignInWithPasswordCommand } from './sign-in-with-password';

const VIEW = 'sign-in/views/sign-in.njk';

/**
 * Sign-in with a password, and sign-out. OpenID Connect sign-in is OidcSignInController; it
 * ends the same way (startSignedInSession, then the returnTo), and this page links to it when
 * `oidcEnabled`. `timedOut=1` is where the time-out warning's script sends someone who did nothing.
 */
@Controller()
export class SignInController {
  constructor(
    private readonly signIn: SignInWithPassword,
    private readonly config: StaffWebConfig,
  ) {}

  @Get('sign-in')
  form(
    @Req() req: Request,
    @Res() res: Response,
    @Query('returnTo') returnTo?: string,
    @Query('signedOut') signedOut?: string,
    @Query('timedOut') timedOut?: string,
  ): void {
    if (req.session.user) return res.redirect(303, safeReturnTo(returnTo));
    res.render(VIEW, this.model({ returnTo: safeReturnTo(returnTo), signedOut: signedOut === '1', timedOut: timedOut === '1' }));
  }

  @Post('sign-in')
  async submit(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const { answers, errors } = readSignInForm(body);
    const returnTo = safeReturnTo(body.returnTo);
    if (errors.length > 0) return res.status(400).render(VIEW, this.model({ returnTo, errors, username: answers.username }));

    const outcome = await this.signIn.execute(SignInWithPasswordCommand.create(answers.username, answers.password));
    if (!outcome.signedIn && outcome.retryAfterSeconds) {
      // Past compliance-tracker's limit for this address: say so, or they would keep guessing at a lock.
      const wait = [{ field: 'username', text: `Too many sign-ins have failed from your network. Try again in ${idleTimeInWords(outcome.retryAfterSeconds)}` }];
      res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      return res.status(429).render(VIEW, this.model({ returnTo, errors: wait, username: answers.username }));
    }
    if (!outcome.signedIn) {
      const wrong = [{ field: 'username', text: 'The username or password is not right' }];
      return res.status(401).render(VIEW, this.model({ returnTo, errors: wrong, username: answers.username }));
    }
    await startSignedInSession(req, outcome.view);
    res.redirect(303, returnTo);
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    await endSession(req);
    res.clearCookie(SESSION_COOKIE);
    res.redirect(303, '/sign-in?signedOut=1');
  }

  private model(extra: Record<string, unknown>) {
    return { pageTitle: 'Sign in', oidcEnabled: this.config.oidcEnabled, idleTime: idleTimeInWords(this.config.sessionTimeoutSeconds), ...extra };
  }
}
