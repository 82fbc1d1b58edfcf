import { hashSecretKey, looksLikeSecretKey, newSecretKey } from '@homeward/platform';

const PREFIX = 'hwo';

export const newOfficerKey = (): string => newSecretKey(PREFIX);
export const isWellFormedOfficerKey = (candidate: string): boolean => looksLikeSecretKey(PREFIX, candidate);
export const hashOfficerKey = hashSecretKey;
