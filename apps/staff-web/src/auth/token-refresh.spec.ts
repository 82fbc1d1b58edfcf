import { refreshDue } from './token-refresh';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const jwtIssuedAt = (ms: number) => `h.${Buffer.from(JSON.stringify({ sub: 'cmo', iat: ms / 1000 })).toString('base64url')}.s`;
const expiringIn = (ms: number) => new Date(NOW + ms).toISOString();

describe('refreshDue: when a session goes back to the staff directory', () => {
  it('given a token signed a minute ago with most of its hour left, waits', () => {
    expect(refreshDue({ token: jwtIssuedAt(NOW - MINUTE), expiresAt: expiringIn(59 * MINUTE) }, NOW)).toBe(false);
  });

  it('given a token signed five minutes ago, asks again, so a disabled officer is refused within minutes everywhere', () => {
    expect(refreshDue({ token: jwtIssuedAt(NOW - 5 * MINUTE), expiresAt: expiringIn(55 * MINUTE) }, NOW)).toBe(true);
  });

  it('given less than five minutes left, asks again whatever the token says', () => {
    expect(refreshDue({ token: 'opaque', expiresAt: expiringIn(4 * MINUTE) }, NOW)).toBe(true);
    expect(refreshDue({ token: 'opaque', expiresAt: expiringIn(30 * MINUTE) }, NOW)).toBe(false);
  });
});
