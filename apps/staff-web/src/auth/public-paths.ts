/** Reachable without signing in: sign-in (password and OIDC), health and metrics. Assets never reach the guard. */
const PUBLIC = [/^\/sign-in(\/|$)/, /^\/health\//, /^\/metrics$/, /^\/assets\//];

export function isPublicPath(path: string): boolean {
  return PUBLIC.some((p) => p.test(path));
}

/** Where sign-in may send someone back to: a path on this site only (no `//evil.example`). */
export function safeReturnTo(candidate: unknown, fallback = '/tasks'): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return fallback;
  if (/^\/sign-(in|out)/.test(candidate)) return fallback;
  return candidate;
}
