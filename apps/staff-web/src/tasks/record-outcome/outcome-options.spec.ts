import { outcomesAllowed } from './outcome-options';

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
