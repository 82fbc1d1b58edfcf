/**
 * Why work is cancelled, as enumerations: they are copied into history and counted, where free
 * text about a child must never go.
 */
export const CancelReasons = [
  /** The police report was made in error (a manager's call, or the police withdrawing it). */
  'REPORT_MADE_IN_ERROR',
  /** The same work is already in the queue. */
  'DUPLICATE',
  /** The child has moved to another authority, which now does the work. */
  'CHILD_MOVED_AWAY',
  /** The work is not needed (another agency already did it, or the protocol asked for it wrongly). */
  'NOT_REQUIRED',
] as const;
export type CancelReason = (typeof CancelReasons)[number];
