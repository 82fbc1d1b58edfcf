import { leaveStatusOf } from './leave-status';

describe('where a leave stands', () => {
  const leave = { startsAt: new Date('2025-11-03T09:00:00Z'), endsAt: new Date('2025-11-10T09:00:00Z'), cancelledAt: null };

  it('given the clock before, inside and after the leave, then upcoming, in progress and ended', () => {
    expect(leaveStatusOf(leave, new Date('2025-11-03T08:59:59Z'))).toBe('UPCOMING');
    expect(leaveStatusOf(leave, new Date('2025-11-03T09:00:00Z'))).toBe('IN_PROGRESS');
    expect(leaveStatusOf(leave, new Date('2025-11-10T09:00:00Z'))).toBe('ENDED');
  });

  it('given a cancelled leave, then cancelled whatever the time', () => {
    expect(leaveStatusOf({ ...leave, cancelledAt: new Date('2025-11-01T00:00:00Z') }, new Date('2025-11-05T00:00:00Z'))).toBe('CANCELLED');
  });
});
