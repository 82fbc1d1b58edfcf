import { claimBy } from './claim-rule';

const endsAt = new Date('2025-11-10T09:00:00Z');

describe('who a claim gives the task to', () => {
  it('given an open task and an officer at work, then it is theirs', () => {
    expect(claimBy('OPEN', 'cmo', null)).toEqual({ ok: true, assignee: 'cmo' });
  });

  it('given an officer on leave with a cover, then the task goes to the cover, naming the leave', () => {
    expect(claimBy('OPEN', 'cmo', { leaveId: 'leave-1', endsAt, cover: 'cover' })).toEqual({ ok: true, assignee: 'cover', coveredBy: { leaveId: 'leave-1' } });
  });

  it('given an officer on leave with no cover, then the claim is refused and the task stays in the team queue', () => {
    expect(claimBy('OPEN', 'cmo', { leaveId: 'leave-1', endsAt, cover: null })).toEqual({ ok: false, problem: 'ON_LEAVE_WITHOUT_COVER', until: endsAt });
  });

  it('given a task already claimed or closed, then it cannot be claimed, on leave or not', () => {
    expect(claimBy('CLAIMED', 'cmo', null)).toEqual({ ok: false, problem: 'NOT_OPEN' });
    expect(claimBy('COMPLETED', 'cmo', { leaveId: 'leave-1', endsAt, cover: 'cover' })).toEqual({ ok: false, problem: 'NOT_OPEN' });
  });
});
