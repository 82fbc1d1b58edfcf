import { Clock } from '@homeward/contracts';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ApiUnavailable } from '../data/api-errors';
import { ComplianceTrackerClient } from '../data/compliance-tracker.client';
import { sessionUserFrom } from './sign-in-session';

/** Refreshed when less than this remains, so no page call meets an expired token. */
export const REFRESH_WHEN_LESS_THAN_MS = 5 * 60_000;

/**
 * And at least this often: protocol-engine and alerting check only a token's signature, so a
 * disabled officer's session must meet the directory again within minutes, not at expiry.
 */
export const RECHECK_WITH_DIRECTORY_EVERY_MS = 5 * 60_000;

/** When the directory signed the token (its `iat`), if it says; the signature is the services' to check. */
export function issuedAtMs(token: string): number | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { iat?: unknown };
    return typeof claims.iat === 'number' ? claims.iat * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the session's token should go back to the directory now: near its end, or not vouched for lately. */
export function refreshDue(user: { token: string; expiresAt: string }, nowMs: number): boolean {
  const remaining = new Date(user.expiresAt).getTime() - nowMs;
  const issuedAt = issuedAtMs(user.token);
  return remaining < REFRESH_WHEN_LESS_THAN_MS || (issuedAt !== undefined && nowMs - issuedAt >= RECHECK_WITH_DIRECTORY_EVERY_MS);
}

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
    const now = this.clock.now().getTime();
    if (!refreshDue(user, now)) return;
    const remaining = new Date(user.expiresAt).getTime() - now;
    try {
      req.session.user = sessionUserFrom(await this.directory.refreshToken(user.token));
    } catch (error) {
      if (error instanceof ApiUnavailable && remaining > 0) return;
      throw error;
    }
  }
}
