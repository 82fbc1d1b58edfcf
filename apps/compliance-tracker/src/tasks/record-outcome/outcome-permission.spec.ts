import { mayRecordOutcome } from './outcome-permission';

describe('who may record an outcome on a task', () => {
  it('given a task claimed by a CMO, when that CMO records an outcome, then it is allowed', () => {
    expect(mayRecordOutcome({ assignee: 'casey' }, { username: 'casey', role: 'CMO' })).toEqual({ ok: true });
  });

  it('given a task claimed by a CMO, when another CMO records an outcome, then it is refused, naming the holder', () => {
    expect(mayRecordOutcome({ assignee: 'casey' }, { username: 'rowan', role: 'CMO' })).toEqual({ ok: false, holder: 'casey' });
  });

  it("given a task claimed by a CMO, when a manager records an outcome, then it is allowed", () => {
    expect(mayRecordOutcome({ assignee: 'casey' }, { username: 'jordan', role: 'MANAGER' })).toEqual({ ok: true });
  });

  it('given work nobody holds (handed back to the team queue), when any CMO records an outcome, then it is allowed', () => {
    expect(mayRecordOutcome({ assignee: null }, { username: 'rowan', role: 'CMO' })).toEqual({ ok: true });
  });
});
