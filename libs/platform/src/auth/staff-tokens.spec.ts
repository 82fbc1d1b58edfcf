import { JwtService } from '@nestjs/jwt';
import { STAFF_TOKEN_AUDIENCE, STAFF_TOKEN_ISSUER, StaffTokenRejected, StaffTokens } from './staff-tokens';

const SECRET = 'unit-test-staff-token-secret-0123456789';
const NOW = new Date('2026-06-01T09:00:00.000Z');
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const tokens = new StaffTokens(SECRET);
const jwt = new JwtService();

/** A token signed by hand, to make the ones the directory never would. */
const forged = (claims: object, options: { secret?: string; issuer?: string; audience?: string; subject?: string; algorithm?: 'HS256' | 'HS512' } = {}) =>
  jwt.sign(
    { role: 'CMO', iat: Math.floor(NOW.getTime() / 1000), exp: Math.floor(NOW.getTime() / 1000) + 600, ...claims },
    { secret: options.secret ?? SECRET, algorithm: options.algorithm ?? 'HS256', issuer: options.issuer ?? STAFF_TOKEN_ISSUER, audience: options.audience ?? STAFF_TOKEN_AUDIENCE, subject: options.subject ?? 'jo.bloggs' },
  );

const rejection = (token: string, at = NOW): string | undefined => {
  try {
    tokens.verify(token, at);
    return undefined;
  } catch (error) {
    return error instanceof StaffTokenRejected ? error.reason : `not a rejection: ${String(error)}`;
  }
};

describe('staff tokens', () => {
  it('given a token the directory signed, yields the staff id and role until it expires', () => {
    const { token, expiresAt } = tokens.sign({ staffId: 'jo.bloggs', role: 'MANAGER' }, { now: NOW, ttlSeconds: 3600 });
    expect(expiresAt).toEqual(later(3600));
    expect(tokens.verify(token, NOW)).toEqual({ staffId: 'jo.bloggs', role: 'MANAGER' });
    expect(tokens.verify(token, later(3599))).toEqual({ staffId: 'jo.bloggs', role: 'MANAGER' });
    expect(jwt.decode(token)).toMatchObject({ sub: 'jo.bloggs', role: 'MANAGER', iss: STAFF_TOKEN_ISSUER, aud: STAFF_TOKEN_AUDIENCE });
  });

  it('given a token the directory signed, tells when it stops working, for answers that last (an event stream)', () => {
    const { token, expiresAt } = tokens.sign({ staffId: 'jo.bloggs', role: 'CMO' }, { now: NOW, ttlSeconds: 900 });
    expect(tokens.verifyWithExpiry(token, NOW)).toEqual({ staff: { staffId: 'jo.bloggs', role: 'CMO' }, expiresAt });
  });

  it('given the token at or after its expiry, rejects it as expired', () => {
    const { token } = tokens.sign({ staffId: 'jo.bloggs', role: 'CMO' }, { now: NOW, ttlSeconds: 60 });
    expect(rejection(token, later(60))).toBe('expired');
    expect(rejection(token, later(86_400))).toBe('expired');
  });

  it('given a token signed with another secret, for another audience or issuer, or with another algorithm, rejects it as invalid', () => {
    expect(rejection(forged({}))).toBeUndefined();
    expect(rejection(forged({}, { secret: 'some-other-secret-of-the-same-length!!' }))).toBe('invalid');
    expect(rejection(forged({}, { audience: 'homeward-police' }))).toBe('invalid');
    expect(rejection(forged({}, { issuer: 'somebody-else' }))).toBe('invalid');
    expect(rejection(forged({}, { algorithm: 'HS512' }))).toBe('invalid');
  });

  it('given a token with no expiry, an unknown role or a malformed staff id, rejects it as invalid', () => {
    const noExpiry = jwt.sign({ role: 'CMO' }, { secret: SECRET, issuer: STAFF_TOKEN_ISSUER, audience: STAFF_TOKEN_AUDIENCE, subject: 'jo.bloggs' });
    expect(rejection(noExpiry)).toBe('invalid');
    expect(rejection(forged({ role: 'DIRECTOR' }))).toBe('invalid');
    expect(rejection(forged({}, { subject: 'jo bloggs<script>' }))).toBe('invalid');
  });

  it('given a token altered after signing, or no token at all, rejects it as invalid', () => {
    const { token } = tokens.sign({ staffId: 'reader', role: 'READ_ONLY' }, { now: NOW, ttlSeconds: 3600 });
    const [header, , signature] = token.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...jwt.decode(token), role: 'MANAGER' })).toString('base64url');
    expect(rejection(`${header}.${promoted}.${signature}`)).toBe('invalid');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${promoted}.`;
    expect(rejection(unsigned)).toBe('invalid');
    expect(rejection('')).toBe('invalid');
    expect(rejection('hwo_not_a_jwt')).toBe('invalid');
  });

  it('given a secret shorter than 32 characters, refuses to work with it', () => {
    expect(() => new StaffTokens('too-short')).toThrow(/at least 32/);
  });
});
