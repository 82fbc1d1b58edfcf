import type { WakeUp } from '@homeward/platform';

/** The wake-up kind that re-checks a listing when its until passes: its subject is the entry. */
export const MEETING_LIST_REVIEW = 'meeting-list-review';

/** Versioned by the until instant: a listing kept on by a later decision is woken anew at its new until. */
export const reviewWakeUp = (entryId: string, until: Date): WakeUp => ({ kind: MEETING_LIST_REVIEW, subjectId: entryId, dueAt: until, version: until.getTime() });
