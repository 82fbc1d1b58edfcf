import type { WakeUp } from '@homeward/platform';
import type { ReplyChase } from '../reply-chase';

export const PLACING_AUTHORITY_REPLY_CHASE = 'placing-authority-reply-chase';

/** The wake-up of one chase of a request: its level is its version, so the reminder and the escalation are two wake-ups. */
export function replyChaseWakeUp(requestId: string, { chase, dueAt }: ReplyChase): WakeUp {
  return { kind: PLACING_AUTHORITY_REPLY_CHASE, subjectId: requestId, dueAt, version: chase.level };
}
