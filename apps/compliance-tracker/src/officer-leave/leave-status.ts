export const LeaveStatuses = ['UPCOMING', 'IN_PROGRESS', 'ENDED', 'CANCELLED'] as const;
export type LeaveStatus = (typeof LeaveStatuses)[number];

/** Where a leave stands at `now`: what may still change about it follows from this. */
export function leaveStatusOf(leave: { startsAt: Date; endsAt: Date; cancelledAt: Date | null }, now: Date): LeaveStatus {
  if (leave.cancelledAt) return 'CANCELLED';
  if (leave.startsAt > now) return 'UPCOMING';
  if (leave.endsAt <= now) return 'ENDED';
  return 'IN_PROGRESS';
}
