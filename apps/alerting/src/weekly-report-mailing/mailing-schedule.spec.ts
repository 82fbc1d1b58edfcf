import { isReportWeek, mailingTime, nextMailingAfter } from './mailing-schedule';

const mondayAt8 = mailingTime('MONDAY', '08:00');
const next = (after: string, at = mondayAt8) => {
  const { week, dueAt } = nextMailingAfter(new Date(after), at);
  return { week, dueAt: dueAt.toISOString() };
};

describe('when the weekly report is mailed: the next configured day and time on London clocks', () => {
  it('given a Sunday in winter, mails on the Monday at 08:00 GMT the week just ended', () => {
    expect(next('2026-12-06T12:00:00Z')).toEqual({ week: '2026-11-30', dueAt: '2026-12-07T08:00:00.000Z' });
  });

  it('given the Monday before 08:00, mails that morning; at or after 08:00, the Monday after', () => {
    expect(next('2026-12-07T07:59:59.999Z')).toEqual({ week: '2026-11-30', dueAt: '2026-12-07T08:00:00.000Z' });
    expect(next('2026-12-07T08:00:00.000Z')).toEqual({ week: '2026-12-07', dueAt: '2026-12-14T08:00:00.000Z' });
    expect(next('2026-12-07T15:00:00Z')).toEqual({ week: '2026-12-07', dueAt: '2026-12-14T08:00:00.000Z' });
  });

  it('given summer time, 08:00 is 08:00 BST (07:00 UTC)', () => {
    expect(next('2026-07-10T12:00:00Z')).toEqual({ week: '2026-07-06', dueAt: '2026-07-13T07:00:00.000Z' });
  });

  it('given the week the clocks go forward (Sunday 29 March 2026), the mailing after is 08:00 BST, 6 days 23 hours on', () => {
    expect(next('2026-03-23T08:00:00Z')).toEqual({ week: '2026-03-23', dueAt: '2026-03-30T07:00:00.000Z' });
  });

  it('given the week the clocks go back (Sunday 25 October 2026), the mailing after is 08:00 GMT, 7 days 1 hour on', () => {
    expect(next('2026-10-19T07:00:00Z')).toEqual({ week: '2026-10-19', dueAt: '2026-10-26T08:00:00.000Z' });
  });

  it('given a Monday just after midnight in summer (still Sunday in UTC), reckons the day in London', () => {
    expect(next('2026-07-12T23:30:00Z')).toEqual({ week: '2026-07-06', dueAt: '2026-07-13T07:00:00.000Z' });
  });

  it('given a firing late after downtime (Monday 08:00 due, fired on Wednesday), the next is the coming Monday, not a backlog', () => {
    expect(next('2026-12-09T10:15:00Z')).toEqual({ week: '2026-12-07', dueAt: '2026-12-14T08:00:00.000Z' });
  });

  it('given the week crosses New Year, reports the week starting Monday 28 December', () => {
    expect(next('2027-01-03T20:00:00Z')).toEqual({ week: '2026-12-28', dueAt: '2027-01-04T08:00:00.000Z' });
  });

  it('given another configured day and time, mails then, still reporting the last whole Monday–Sunday week', () => {
    expect(next('2026-12-07T12:00:00Z', mailingTime('TUESDAY', '17:45'))).toEqual({ week: '2026-11-30', dueAt: '2026-12-08T17:45:00.000Z' });
    expect(next('2026-12-07T12:00:00Z', mailingTime('SUNDAY', '09:00'))).toEqual({ week: '2026-11-30', dueAt: '2026-12-13T09:00:00.000Z' });
  });

  it('given a week, tells a Monday date from anything else', () => {
    expect(isReportWeek('2026-11-30')).toBe(true);
    for (const bad of ['2026-12-01', '2026-02-30', '30/11/2026', '2026-11-30T00:00:00Z', '']) expect(isReportWeek(bad)).toBe(false);
  });
});
