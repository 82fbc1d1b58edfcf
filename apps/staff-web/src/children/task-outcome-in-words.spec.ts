import { taskOutcomeInWords } from './task-outcome-in-words';

describe("a task's recorded outcome in words", () => {
  it('says nothing before anything is recorded', () => {
    expect(taskOutcomeInWords({})).toEqual([]);
    expect(taskOutcomeInWords(undefined)).toEqual([]);
  });

  it('tells a return interview offered, accepted and held, with the interviewer\'s independence', () => {
    expect(
      taskOutcomeInWords({ offeredAt: '2026-12-02T10:00:00Z', offeredHow: 'TEXT_MESSAGE', acceptedAt: '2026-12-03T09:00:00Z', result: 'HELD', heldAt: '2026-12-04T23:30:00Z', interviewerIndependent: true }),
    ).toEqual(['Offered on 2 December 2026 (text message)', 'Accepted on 3 December 2026', 'Held on 4 December 2026, by an independent interviewer']);
  });

  it('reads a held time in London: late on 30 June in UTC is 1 July there', () => {
    expect(taskOutcomeInWords({ result: 'HELD', heldAt: '2026-06-30T23:30:00Z' })).toEqual(['Held on 1 July 2026']);
  });

  it('gives the reason an interview was declined or not offered', () => {
    expect(taskOutcomeInWords({ offeredAt: '2026-12-02T10:00:00Z', result: 'DECLINED', declinedReason: 'PARENT_OR_CARER_DECLINED' })).toEqual([
      'Offered on 2 December 2026',
      'Declined: parent or carer declined',
    ]);
    expect(taskOutcomeInWords({ result: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' })).toEqual(['Not offered: child in custody']);
  });

  it('names a meeting\'s agencies and counts its actions', () => {
    expect(taskOutcomeInWords({ attendeeAgencies: ['POLICE', 'HEALTH'], actions: ['a', 'b'] })).toEqual(['Agencies: police, health', '2 actions agreed']);
  });
});
