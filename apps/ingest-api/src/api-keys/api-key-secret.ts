import { createHash, randomBytes } from 'node:crypto';

const KEY_PATTERN = /^hwk_[A-Za-z0-9_-]{43}$/;

/** 256 random bits: a fast hash is enough to store it, unlike a human password. */
export function newApiKeySecret(): string {
  return `hwk_${randomBytes(32).toString('base64url')}`;
}

export function isWellFormedApiKey(candidate: string): boolean {
  return KEY_PATTERN.test(candidate);
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
