import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiUnavailable } from '../data/api-errors';
import { ComplianceTrackerClient } from '../data/compliance-tracker.client';
import { sessionUserFrom } from './sign-in-session';

/** Refreshed when less than this remains, so no page call meets an expired token. */
export const REFRESH_WHEN_LESS_THAN_MS = 5 * 60_000;

/**
 * Keeps the session's staff token fresh. A 401 from compliance-tracker (officer disabled)
 * throws SessionExpired, which ends the session. If the directory is merely unreachable and
 * the token still works, the page goes on with it.
 */
@Injectable()
export class TokenRefresh {
  constructor(
    private readonly directory: ComplianceTrackerClient,
    private readonly clock: Clock,
  ) {}

  async ifDue(req: Request): Promise<void> {
    const user = req.session.user;
    if (!user) return;
    const remaining = new Date(user.expiresAt).getTime() - this.clock.now().getTime();
    if (remaining >= REFRESH_WHEN_LESS_THAN_MS) return;
    try {
      req.session.user = sessionUserFrom(await this.directory.refreshToken(user.token));
    } catch (error) {
      if (error instanceof ApiUnavailable && remaining > 0) return;
      throw error;
    }
  }
}
