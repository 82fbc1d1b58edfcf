import type { OfficerView } from '../data/compliance-tracker.types';
import { actorName, deadlineView, flagTags, riskTag, statusTag } from './task-presenters';

describe('how the task pages show a task', () => {
  const now = new Date('2026-12-01T09:00:00Z');

  it('says a deadline later today is due today, with how long is left', () => {
    expect(deadlineView({ dueAt: '2026-12-01T14:00:00Z', status: 'CLAIMED' }, now)).toEqual({
      text: 'Tuesday 1 December 2026 at 2pm',
      relative: 'due in 5 hours',
      overdue: false,
      dueToday: true,
    });
  });

  it('says a passed deadline of open work is overdue, and not also due today', () => {
    expect(deadlineView({ dueAt: '2026-11-29T08:00:00Z', status: 'OPEN' }, now)).toMatchObject({ relative: 'overdue by 2 days', overdue: true, dueToday: false });
    expect(deadlineView({ dueAt: '2026-12-01T08:00:00Z', status: 'OPEN' }, now)).toMatchObject({ overdue: true, dueToday: false });
  });

  it('reads "today" on the London calendar: half past midnight in summer is tomorrow, though still today in UTC', () => {
    const summer = new Date('2026-07-14T10:00:00Z');
    expect(deadlineView({ dueAt: '2026-07-14T22:30:00Z', status: 'OPEN' }, summer)).toMatchObject({ text: 'Tuesday 14 July 2026 at 11:30pm', dueToday: true });
    expect(deadlineView({ dueAt: '2026-07-14T23:30:00Z', status: 'OPEN' }, summer)).toMatchObject({ text: 'Wednesday 15 July 2026 at 12:30am', dueToday: false });
  });

  it('never calls closed work overdue, and gives no countdown for it', () => {
    expect(deadlineView({ dueAt: '2026-11-29T08:00:00Z', status: 'COMPLETED' }, now)).toEqual({
      text: 'Sunday 29 November 2026 at 8am',
      relative: '',
      overdue: false,
      dueToday: false,
    });
  });

  it('names who acted: an officer by name, the protocol and leave cover as Homeward', () => {
    const officers: OfficerView[] = [{ username: 'cover', displayName: 'Rowan Patel', role: 'CMO', disabled: false, onLeaveNow: false }];
    expect(actorName('cover', officers)).toBe('Rowan Patel');
    expect(actorName('protocol', officers)).toBe('Homeward (the protocol)');
    expect(actorName('system:leave-cover', officers)).toBe('Homeward (leave cover)');
    expect(actorName('someone-gone', officers)).toBe('someone-gone');
  });

  it('gives tags words, so colour is never the only sign', () => {
    expect(riskTag('HIGH')).toEqual({ text: 'High risk', classes: 'govuk-tag--red' });
    expect(riskTag(null)).toBeUndefined();
    expect(flagTags(['CSE', 'MENTAL_HEALTH'], { short: true }).map((t) => t.text)).toEqual(['CSE', 'Mental health']);
    expect(flagTags(['CSE']).map((t) => t.text)).toEqual(['Child sexual exploitation (CSE)']);
    expect(statusTag('OPEN').text).toBe('Open');
    expect(statusTag('SOMETHING_NEW').text).toBe('Something new');
  });
});
