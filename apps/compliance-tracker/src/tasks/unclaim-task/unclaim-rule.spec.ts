import { unclaim } from './unclaim-rule';

const manager = { username: 'jordan', role: 'MANAGER' as const };

describe('unclaiming a task', () => {
  it('given a claimed task, when a manager unclaims it, then it is OPEN in the team queue again', () => {
    expect(unclaim({ id: 't', status: 'CLAIMED', assignee: 'casey' }, manager)).toEqual({ ok: true, to: { status: 'OPEN', assignee: null, claimedAt: null } });
  });

  it('given an interview already offered, when unclaimed, then it keeps its state, unassigned', () => {
    expect(unclaim({ id: 't', status: 'OFFERED', assignee: 'casey' }, manager)).toEqual({ ok: true, to: { status: 'OFFERED', assignee: null } });
  });

  it('given a CMO, then they may give back their own work only', () => {
    expect(unclaim({ id: 't', status: 'CLAIMED', assignee: 'casey' }, { username: 'casey', role: 'CMO' }).ok).toBe(true);
    expect(unclaim({ id: 't', status: 'CLAIMED', assignee: 'casey' }, { username: 'rowan', role: 'CMO' })).toEqual({ ok: false, problem: 'NOT_YOURS' });
  });

  it('given work nobody holds, or closed work, then there is nothing to unclaim', () => {
    expect(unclaim({ id: 't', status: 'OPEN', assignee: null }, manager)).toEqual({ ok: false, problem: 'NOT_HELD' });
    expect(unclaim({ id: 't', status: 'COMPLETED', assignee: 'casey' }, manager)).toEqual({ ok: false, problem: 'CLOSED' });
  });
});
