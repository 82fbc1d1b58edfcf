import { answersOf, leaveProblems, readLeaveForm, TEAM_QUEUE } from './leave-form';

const typed = (prefix: string, day: string, month: string, year: string) => ({ [`${prefix}-day`]: day, [`${prefix}-month`]: month, [`${prefix}-year`]: year });

describe('the leave form', () => {
  it('given whole days and the team queue, then London midnight to the midnight after the last day, and no cover', () => {
    const read = readLeaveForm({ officer: 'cover', ...typed('startDate', '2', '1', '2027'), ...typed('endDate', '3', '1', '2027'), cover: TEAM_QUEUE }, { chooseOfficer: true, startFixed: false });
    expect(read.leave).toEqual({ officer: 'cover', startsAt: '2027-01-02T00:00:00.000Z', endsAt: '2027-01-04T00:00:00.000Z', cover: null });
  });

  it('given leave under way, then its start is neither asked nor sent', () => {
    const read = readLeaveForm({ ...typed('endDate', '3', '1', '2027'), endTime: '5pm', cover: 'cmo' }, { chooseOfficer: false, startFixed: true });
    expect(read.errors).toEqual([]);
    expect(read.leave).toEqual({ officer: '', startsAt: undefined, endsAt: '2027-01-03T17:00:00.000Z', cover: 'cmo' });
  });

  it('given an officer covering themselves, then the cover is the problem', () => {
    const read = readLeaveForm({ officer: 'cmo', ...typed('startDate', '2', '1', '2027'), ...typed('endDate', '3', '1', '2027'), cover: 'cmo' }, { chooseOfficer: true, startFixed: false });
    expect(read.errors).toEqual([{ field: 'cover', text: 'Choose someone else to cover: an officer cannot cover their own leave' }]);
  });

  it("given the service's problems, then on the fields the person filled in, in words", () => {
    expect(leaveProblems([{ field: 'coverUsername', reason: 'no active officer gone' }, { field: 'endsAt', reason: 'endsAt must be after startsAt' }])).toEqual([
      { field: 'cover', text: 'Choose someone who can still sign in' },
      expect.objectContaining({ field: 'endDate-day', text: 'The end must be after the start' }),
    ]);
  });

  it('given a leave, then the change form as it was given: the last day, times only where there were', () => {
    expect(answersOf({ officer: 'cmo', startsAt: '2027-01-02T09:30:00.000Z', endsAt: '2027-01-04T00:00:00.000Z', cover: null })).toEqual({
      officer: 'cmo',
      startDate: { day: '2', month: '1', year: '2027' },
      startTime: '9:30am',
      endDate: { day: '3', month: '1', year: '2027' },
      endTime: '',
      cover: TEAM_QUEUE,
    });
  });
});
