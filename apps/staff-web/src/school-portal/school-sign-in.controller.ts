import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isSchoolPath } from '../auth/public-paths';
import { idleTimeInWords } from '../auth/session-timeout';
import { endSession, startSchoolSession } from '../auth/sign-in-session';
import { SESSION_COOKIE } from '../web/session';
import { SignInWithSchoolKey, SignInWithSchoolKeyCommand } from './sign-in-with-school-key';

const VIEW = 'school-portal/views/sign-in.njk';

/** Where a school may be sent back to after signing in: one of its own pages, never sign-in itself. */
export function schoolReturnTo(candidate: unknown): string {
  if (typeof candidate !== 'string' || !isSchoolPath(candidate) || candidate.includes('\\') || /^\/school\/sign-/.test(candidate)) return '/school';
  return candidate;
}

/**
 * A school's staff sign in with the school's key (the LA issues it with `npm run school-keys --
 * create`), and sign out. The key is checked with education-referrals and then kept in the
 * session in Redis, for sending the returns: never in the cookie, a page or a log.
 */
@Controller('school')
export class SchoolSignInController {
  constructor(private readonly signIn: SignInWithSchoolKey) {}

  @Get('sign-in')
  form(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo?: string, @Query('signedOut') signedOut?: string): void {
    if (req.session.school) return res.redirect(303, schoolReturnTo(returnTo));
    res.render(VIEW, { pageTitle: 'Sign in with your school’s key', returnTo: schoolReturnTo(returnTo), signedOut: signedOut === '1' });
  }

  @Post('sign-in')
  async submit(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>): Promise<void> {
    const returnTo = schoolReturnTo(body.returnTo);
    const typed = typeof body.key === 'string' ? body.key.trim() : '';
    const refuse = (status: number, text: string) => res.status(status).render(VIEW, { pageTitle: 'Sign in with your school’s key', returnTo, errors: [{ field: 'key', text }] });
    if (!typed) return refuse(400, 'Enter your school’s key');
    if (/\s/.test(typed)) return refuse(401, 'The key is not right. Check it and try again, or ask the local authority for a new one');

    const outcome = await this.signIn.execute(SignInWithSchoolKeyCommand.create(typed));
    if (!outcome.signedIn && outcome.retryAfterSeconds) {
      res.setHeader('Retry-After', String(outcome.retryAfterSeconds));
      return refuse(429, `Too many sign-ins have failed from your network. Try again in ${idleTimeInWords(outcome.retryAfterSeconds)}`);
    }
    if (!outcome.signedIn) return refuse(401, 'The key is not right. Check it and try again, or ask the local authority for a new one');
    await startSchoolSession(req, outcome.school);
    res.redirect(303, returnTo);
  }

  @Post('sign-out')
  async signOut(@Req() req: Request, @Res() res: Response): Promise<void> {
    await endSession(req);
    res.clearCookie(SESSION_COOKIE);
    res.redirect(303, '/school/sign-in?signedOut=1');
  }
}
