import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { warningSecondsFor } from '../auth/session-timeout';
import { StaffWebConfig } from '../staff-web.config';

/** What "Stay signed in" answers: when the session now ends, and the timings the page's warning uses. */
export interface ExtendedSession {
  expiresAt: string;
  timeoutSeconds: number;
  warningSeconds: number;
}

/**
 * "Stay signed in" in the time-out warning: a POST with the CSRF token (header or form) that
 * restarts the idle timeout, in the cookie and in Redis (the store's TTL follows the cookie).
 * The guard has already checked the person is signed in and refreshed their staff token if due.
 */
@Controller('session')
export class SessionController {
  constructor(private readonly config: StaffWebConfig) {}

  @Post('extend')
  @HttpCode(200)
  extend(@Req() req: Request, @Res({ passthrough: true }) res: Response): ExtendedSession {
    req.session.touch();
    res.setHeader('cache-control', 'no-store');
    const timeoutSeconds = this.config.sessionTimeoutSeconds;
    const expiresAt = req.session.cookie.expires ?? new Date(Date.now() + timeoutSeconds * 1000);
    return { expiresAt: expiresAt.toISOString(), timeoutSeconds, warningSeconds: warningSecondsFor(timeoutSeconds) };
  }
}
