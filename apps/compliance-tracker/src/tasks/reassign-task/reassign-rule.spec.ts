import { reassignTo } from './reassign-rule';

const endsAt = new Date('2025-11-10T09:00:00Z');

describe('where a manager reassigns a task', () => {
  it('given open work, when reassigned to an officer at work, then it is theirs and claimed', () => {
    expect(reassignTo({ status: 'OPEN', assignee: null }, 'sam', null)).toEqual({ ok: true, assignee: 'sam', status: 'CLAIMED' });
  });

  it('given work under way, when reassigned, then it keeps its state with the new holder', () => {
    expect(reassignTo({ status: 'OFFERED', assignee: 'casey' }, 'sam', null)).toEqual({ ok: true, assignee: 'sam', status: 'OFFERED' });
  });

  it('given an officer on leave with a cover, when given work, then the cover takes it, naming the leave', () => {
    expect(reassignTo({ status: 'CLAIMED', assignee: 'casey' }, 'sam', { leaveId: 'l-1', endsAt, cover: 'rowan' })).toEqual({
      ok: true,
      assignee: 'rowan',
      status: 'CLAIMED',
      coveredBy: { leaveId: 'l-1' },
    });
  });

  it('given an officer on leave without a cover, when given work, then it is refused until the leave ends', () => {
    expect(reassignTo({ status: 'OPEN', assignee: null }, 'sam', { leaveId: 'l-1', endsAt, cover: null })).toEqual({ ok: false, problem: 'ON_LEAVE_WITHOUT_COVER', until: endsAt });
  });

  it('given closed work, or a move to whoever already holds it, then it is refused', () => {
    expect(reassignTo({ status: 'CANCELLED', assignee: 'casey' }, 'sam', null)).toEqual({ ok: false, problem: 'CLOSED' });
    expect(reassignTo({ status: 'CLAIMED', assignee: 'sam' }, 'sam', null)).toEqual({ ok: false, problem: 'ALREADY_ASSIGNED' });
    expect(reassignTo({ status: 'CLAIMED', assignee: 'rowan' }, 'sam', { leaveId: 'l-1', endsAt, cover: 'rowan' })).toEqual({ ok: false, problem: 'ALREADY_ASSIGNED' });
  });
});
