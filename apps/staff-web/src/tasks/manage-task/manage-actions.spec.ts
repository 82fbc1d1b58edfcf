import type { OfficerView } from '../../data/compliance-tracker.types';
import { holdersFor, managesQueue } from './manage-actions';

const task = (status: string, assignee: string | null = 'cmo') => ({ id: 't-1', status, assignee });

describe("a manager's actions on a task", () => {
  it('given a manager and work someone holds, then reassign, unclaim and cancel', () => {
    expect(managesQueue({ role: 'MANAGER' }, task('CLAIMED'))).toEqual({ reassign: '/tasks/t-1/reassign', unclaim: true, cancel: '/tasks/t-1/cancel' });
  });

  it('given open work nobody holds, then there is nothing to unclaim', () => {
    expect(managesQueue({ role: 'MANAGER' }, task('OPEN', null))?.unclaim).toBe(false);
  });

  it('given a CMO, or closed work, then none', () => {
    expect(managesQueue({ role: 'CMO' }, task('CLAIMED'))).toBeUndefined();
    expect(managesQueue({ role: 'MANAGER' }, task('CANCELLED'))).toBeUndefined();
  });

  it('given the directory, then the task can go to active CMOs and managers other than its holder', () => {
    const officers = [
      { username: 'cmo', displayName: 'Casey Morgan', role: 'CMO', disabled: false, onLeaveNow: false },
      { username: 'cover', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: true },
      { username: 'manager', displayName: 'Jordan Lee', role: 'MANAGER', disabled: false, onLeaveNow: false },
      { username: 'reader', displayName: 'Sam Taylor', role: 'READ_ONLY', disabled: false, onLeaveNow: false },
      { username: 'gone', displayName: 'Lee Vers', role: 'CMO', disabled: true, onLeaveNow: false },
    ] as OfficerView[];
    expect(holdersFor(officers, 'cmo').map((o) => o.username)).toEqual(['cover', 'manager']);
  });
});
