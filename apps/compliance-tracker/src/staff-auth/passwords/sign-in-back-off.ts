/**
 * After a run of wrong passwords for one username, sign-in waits before it tries again: a
 * guesser gets a handful of tries and then ever longer pauses, the officer at worst a quarter
 * of an hour. The refusal looks like any other (the same 401), so it tells nobody whether the
 * username exists.
 */
export const FREE_ATTEMPTS = 5;
const FIRST_PAUSE_MS = 30_000;
const LONGEST_PAUSE_MS = 15 * 60_000;

/** When the next attempt is looked at, or null when it may be now. */
export function nextSignInAllowedAt(consecutiveFailures: number, lastFailureAt: Date | null): Date | null {
  if (consecutiveFailures < FREE_ATTEMPTS || !lastFailureAt) return null;
  const pause = Math.min(FIRST_PAUSE_MS * 2 ** (consecutiveFailures - FREE_ATTEMPTS), LONGEST_PAUSE_MS);
  return new Date(lastFailureAt.getTime() + pause);
}

export function signInPaused(consecutiveFailures: number, lastFailureAt: Date | null, now: Date): boolean {
  const allowedAt = nextSignInAllowedAt(consecutiveFailures, lastFailureAt);
  return allowedAt !== null && now < allowedAt;
}
