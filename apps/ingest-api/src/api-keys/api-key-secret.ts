import { hashSecretKey, looksLikeSecretKey, newSecretKey } from '@homeward/platform';

const PREFIX = 'hwk';

export const newApiKeySecret = (): string => newSecretKey(PREFIX);
export const isWellFormedApiKey = (candidate: string): boolean => looksLikeSecretKey(PREFIX, candidate);
export const hashApiKey = hashSecretKey;
