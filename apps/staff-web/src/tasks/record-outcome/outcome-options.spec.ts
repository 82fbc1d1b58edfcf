import { outcomesAllowed, recordsOutcomeOn } from './outcome-options';

describe('the outcomes a task may take now (as compliance-tracker allows them)', () => {
  it('walks a return interview through offered, then accepted, declined or held; or not offered', () => {
    expect(outcomesAllowed('RETURN_INTERVIEW', 'CLAIMED')).toEqual(['OFFERED', 'NOT_OFFERED']);
    expect(outcomesAllowed('RETURN_INTERVIEW', 'OFFERED')).toEqual(['ACCEPTED', 'DECLINED', 'HELD']);
    expect(outcomesAllowed('RETURN_INTERVIEW', 'ACCEPTED')).toEqual(['HELD']);
  });

  it('records a meeting or strategy discussion as held, and other work as done, once claimed', () => {
    expect(outcomesAllowed('MULTI_AGENCY_MEETING', 'CLAIMED')).toEqual(['MEETING_HELD']);
    expect(outcomesAllowed('STRATEGY_DISCUSSION', 'CLAIMED')).toEqual(['MEETING_HELD']);
    expect(outcomesAllowed('REVIEW_EPISODE', 'CLAIMED')).toEqual(['DONE']);
  });

  it('offers nothing before a claim or after the work is closed', () => {
    for (const type of ['RETURN_INTERVIEW', 'STRATEGY_DISCUSSION', 'NOTIFY_RESPONSIBLE_AUTHORITY']) {
      for (const status of ['OPEN', 'COMPLETED', 'SUPERSEDED', 'CANCELLED']) expect(outcomesAllowed(type, status)).toEqual([]);
    }
    expect(outcomesAllowed('STRATEGY_DISCUSSION', 'OFFERED')).toEqual([]);
  });
});

describe('who may record what happened (as compliance-tracker allows it)', () => {
  it('given a task Casey holds, then Casey and any manager may, another CMO may not', () => {
    expect(recordsOutcomeOn({ assignee: 'cmo' }, { username: 'cmo', role: 'CMO' })).toBe(true);
    expect(recordsOutcomeOn({ assignee: 'cmo' }, { username: 'manager', role: 'MANAGER' })).toBe(true);
    expect(recordsOutcomeOn({ assignee: 'cmo' }, { username: 'cover', role: 'CMO' })).toBe(false);
  });

  it('given work nobody holds, then anyone in the team may', () => {
    expect(recordsOutcomeOn({ assignee: null }, { username: 'cover', role: 'CMO' })).toBe(true);
  });
});
