/** Reachable without signing in: sign-in (password, OIDC, a school's key), health and metrics. Assets never reach the guard. */
const PUBLIC = [/^\/sign-in(\/|$)/, /^\/school\/sign-in$/, /^\/health\//, /^\/metrics$/, /^\/assets\//];

export function isPublicPath(path: string): boolean {
  return PUBLIC.some((p) => p.test(path));
}

/** A school's own pages (/school...): for a school's session only, never a staff user's. */
export function isSchoolPath(path: string): boolean {
  return /^\/school(\/|$)/.test(path);
}

/** Where someone not signed in (or signed out) signs in for this path: the school's page or staff's. */
export function signInPathFor(path: string): string {
  return isSchoolPath(path) ? '/school/sign-in' : '/sign-in';
}

/** Where sign-in may send someone back to: a path on this site only (no `//evil.example`). */
export function safeReturnTo(candidate: unknown, fallback = '/tasks'): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return fallback;
  if (/^\/sign-(in|out)/.test(candidate)) return fallback;
  return candidate;
}
