import { createHash, randomBytes } from 'node:crypto';

const KEY_PATTERN = /^hwo_[A-Za-z0-9_-]{8,64}$/;

/** 256 random bits: a fast hash is enough to store it, unlike a human password. */
export function newOfficerKey(): string {
  return `hwo_${randomBytes(32).toString('base64url')}`;
}

export function isWellFormedOfficerKey(candidate: string): boolean {
  return KEY_PATTERN.test(candidate);
}

export function hashOfficerKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}
