import { JwtService, TokenExpiredError } from '@nestjs/jwt';

/**
 * Staff tokens: short-lived HS256 JWTs that compliance-tracker (the staff directory) signs for an
 * officer who shows their key, and that any other service verifies with the shared
 * STAFF_TOKEN_SECRET, without a database and without reading compliance-tracker's tables.
 */
export const STAFF_TOKEN_ISSUER = 'homeward-compliance-tracker';
export const STAFF_TOKEN_AUDIENCE = 'homeward-staff';
/** HS256 wants a key at least as long as its 256-bit output. */
export const STAFF_TOKEN_MIN_SECRET_LENGTH = 32;

/** PROTOCOL_ADMIN: protocol administrators (versions, what-if), who may also read as READ_ONLY. */
export const StaffRoles = ['CMO', 'MANAGER', 'READ_ONLY', 'PROTOCOL_ADMIN'] as const;
export type StaffRole = (typeof StaffRoles)[number];

/** Who the caller is: the officer's username and role in the staff directory. */
export interface StaffIdentity {
  staffId: string;
  role: StaffRole;
}

export interface SignedStaffToken {
  token: string;
  expiresAt: Date;
}

const STAFF_ID = /^[A-Za-z0-9._@-]{1,100}$/;

export function isStaffId(candidate: unknown): candidate is string {
  return typeof candidate === 'string' && STAFF_ID.test(candidate);
}

/** Why a token was refused: `expired` tells the client to fetch a new one; anything else is `invalid`. */
export class StaffTokenRejected extends Error {
  constructor(readonly reason: 'expired' | 'invalid') {
    super(reason === 'expired' ? 'the staff token has expired' : 'the staff token is not valid');
    this.name = 'StaffTokenRejected';
  }
}

interface StaffTokenClaims {
  sub?: unknown;
  role?: unknown;
  exp?: unknown;
}

const seconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/** Signs and verifies staff tokens with one secret. Time is passed in, so callers use their Clock. */
export class StaffTokens {
  private readonly jwt = new JwtService();

  constructor(private readonly secret: string) {
    if (secret.length < STAFF_TOKEN_MIN_SECRET_LENGTH) throw new Error(`a staff token secret needs at least ${STAFF_TOKEN_MIN_SECRET_LENGTH} characters`);
  }

  sign(staff: StaffIdentity, options: { now: Date; ttlSeconds: number }): SignedStaffToken {
    const iat = seconds(options.now);
    const exp = iat + options.ttlSeconds;
    const token = this.jwt.sign(
      { role: staff.role, iat, exp },
      { secret: this.secret, algorithm: 'HS256', subject: staff.staffId, issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE },
    );
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The identity a token carries; throws StaffTokenRejected unless signature, issuer, audience, expiry and claims all hold at `now`. */
  verify(token: string, now: Date): StaffIdentity {
    return this.verifyWithExpiry(token, now).staff;
  }

  /** As verify, with the instant the token stops working: an answer that lasts (an event stream) ends then. */
  verifyWithExpiry(token: string, now: Date): { staff: StaffIdentity; expiresAt: Date } {
    let claims: StaffTokenClaims;
    try {
      claims = this.jwt.verify<StaffTokenClaims>(token, {
        secret: this.secret,
        algorithms: ['HS256'],
        issuer: STAFF_TOKEN_ISSUER,
        audience: STAFF_TOKEN_AUDIENCE,
        clockTimestamp: seconds(now),
      });
    } catch (error) {
      throw new StaffTokenRejected(error instanceof TokenExpiredError ? 'expired' : 'invalid');
    }
    // A token that never expires, or names no one we know how to name, opens nothing.
    if (typeof claims.exp !== 'number' || !isStaffId(claims.sub) || !StaffRoles.includes(claims.role as StaffRole)) {
      throw new StaffTokenRejected('invalid');
    }
    return { staff: { staffId: claims.sub, role: claims.role as StaffRole }, expiresAt: new Date(claims.exp * 1000) };
  }
}
