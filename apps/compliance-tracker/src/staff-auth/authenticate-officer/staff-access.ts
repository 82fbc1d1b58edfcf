import { ForbiddenException, UnauthorizedException } from '@nestjs/common';
import type { OfficerRole } from '../officer.entity';
import { AuthenticatedOfficer, AuthenticateOfficer } from './authenticate-officer.usecase';

/**
 * The credential in an Authorization header: `Bearer <key or staff token>` for API clients and
 * staff-web, or HTTP Basic with the key as the password, which is what a browser sends
 * (bull-board) after its prompt.
 */
export function credentialOf(authorization: string | undefined): string | undefined {
  const [scheme, token] = (authorization ?? '').split(' ');
  if (scheme === 'Bearer') return token;
  if (scheme !== 'Basic' || !token) return undefined;
  const decoded = Buffer.from(token, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

export const NOT_AUTHENTICATED = 'a valid officer key or staff token is required: Authorization: Bearer <key or token>';

/**
 * One door for staff, shared by the API guard and the express middleware in front of bull-board:
 * 401 without a valid key or token (or for a disabled officer), 403 when the officer's role is
 * not among `allowed` (any role when absent).
 */
export async function admitOfficer(authenticate: AuthenticateOfficer, authorization: string | undefined, allowed?: readonly OfficerRole[]): Promise<AuthenticatedOfficer> {
  const officer = await authenticate.execute(credentialOf(authorization));
  if (!officer) {
    throw new UnauthorizedException({ statusCode: 401, error: 'Unauthorized', message: NOT_AUTHENTICATED });
  }
  if (allowed && !allowed.includes(officer.role)) {
    throw new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: `role ${officer.role} may not do this; needs ${allowed.join(' or ')}` });
  }
  return officer;
}
