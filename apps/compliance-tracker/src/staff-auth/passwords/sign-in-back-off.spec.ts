import { nextSignInAllowedAt, signInPaused } from './sign-in-back-off';

const at = (iso: string) => new Date(iso);
const LAST = at('2026-06-01T09:00:00.000Z');

describe('sign-in back-off after wrong passwords', () => {
  it('given fewer than five wrong passwords in a row, lets the next attempt through at once', () => {
    for (const failures of [0, 1, 4]) expect(nextSignInAllowedAt(failures, LAST)).toBeNull();
    expect(signInPaused(4, LAST, LAST)).toBe(false);
  });

  it('given five, pauses 30 seconds, then doubles the pause with each further failure', () => {
    expect(nextSignInAllowedAt(5, LAST)).toEqual(at('2026-06-01T09:00:30.000Z'));
    expect(nextSignInAllowedAt(6, LAST)).toEqual(at('2026-06-01T09:01:00.000Z'));
    expect(nextSignInAllowedAt(7, LAST)).toEqual(at('2026-06-01T09:02:00.000Z'));
  });

  it('never makes an officer wait more than 15 minutes', () => {
    expect(nextSignInAllowedAt(50, LAST)).toEqual(at('2026-06-01T09:15:00.000Z'));
  });

  it('is paused until the moment the pause ends, and not after', () => {
    expect(signInPaused(5, LAST, at('2026-06-01T09:00:29.999Z'))).toBe(true);
    expect(signInPaused(5, LAST, at('2026-06-01T09:00:30.000Z'))).toBe(false);
  });

  it('given no failure time recorded, does not pause', () => {
    expect(signInPaused(9, null, LAST)).toBe(false);
  });
});
