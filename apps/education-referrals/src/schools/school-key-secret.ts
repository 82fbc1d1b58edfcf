import { hashSecretKey, looksLikeSecretKey, newSecretKey } from '@homeward/platform';

/** `hws_…`: told apart from a force's `hwk_` key at a glance, and by the guard. */
const PREFIX = 'hws';

export const newSchoolKeySecret = (): string => newSecretKey(PREFIX);
export const isWellFormedSchoolKey = (candidate: string): boolean => looksLikeSecretKey(PREFIX, candidate);
export const hashSchoolKey = hashSecretKey;

/** A URN is six digits (the DfE's Get Information about Schools). */
export const URN = /^\d{6}$/;
