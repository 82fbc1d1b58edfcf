import { decisionCause } from './events';

describe('the cause of a decision-made event', () => {
  it('given an event that carries its cause, when read, then that cause is the answer', () => {
    const cause = { kind: 'timer' as const, timerId: 't-1', timer: 'LENGTHY_EPISODE' };
    expect(decisionCause({ cause })).toEqual(cause);
  });

  it('given an event published before the cause field for a timer, when read, then it is the timer named in the notification fields', () => {
    expect(decisionCause({ notificationId: 'timer:LOW_RISK_REVIEW', ingestId: 'timer:9b1c' })).toEqual({ kind: 'timer', timerId: '9b1c', timer: 'LOW_RISK_REVIEW' });
  });

  it('given an event published before the cause field for a notification, when read, then it is that notification', () => {
    expect(decisionCause({ notificationId: 'N-1', ingestId: 'i-1' })).toEqual({ kind: 'notification', ingestId: 'i-1', notificationId: 'N-1' });
  });

  it('given an event naming no cause at all, when read, then there is none', () => {
    expect(decisionCause({})).toBeUndefined();
  });
});
