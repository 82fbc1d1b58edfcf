import { handOver } from './hand-over';

describe("handing an officer's work over", () => {
  it('given a named cover, then the task goes to them as it stands', () => {
    expect(handOver('OFFERED', 'cover')).toEqual({ status: 'OFFERED', assignee: 'cover' });
  });

  it('given the team queue, then a claimed task is open again, an offered one stays offered, unassigned', () => {
    expect(handOver('CLAIMED', null)).toEqual({ status: 'OPEN', assignee: null, claimedAt: null });
    expect(handOver('ACCEPTED', null)).toEqual({ status: 'ACCEPTED', assignee: null });
  });
});
