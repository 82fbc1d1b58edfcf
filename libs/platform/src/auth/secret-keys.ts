import { createHash, randomBytes } from 'node:crypto';

/**
 * Machine credentials (police forces' API keys, officers' keys): 256 random bits behind a
 * prefix that says what the key opens. Random keys need only a fast hash to be stored,
 * unlike human passwords.
 */
export function newSecretKey(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** Cheap shape check before any database lookup. */
export function looksLikeSecretKey(prefix: string, candidate: string): boolean {
  return new RegExp(`^${prefix}_[A-Za-z0-9_-]{8,64}$`).test(candidate);
}

export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
