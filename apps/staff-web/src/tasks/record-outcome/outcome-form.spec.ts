import { problemsAsErrors, readOutcomeForm } from './outcome-form';

describe('reading an outcome form', () => {
  // 10:00 on Tuesday 1 December 2026, London (GMT).
  const now = new Date('2026-12-01T10:00:00Z');
  const interview = { taskType: 'RETURN_INTERVIEW', allowed: ['OFFERED', 'NOT_OFFERED'] as const, now };
  const ctx = (c: { taskType: string; allowed: readonly string[]; now: Date }) => ({ ...c, allowed: [...c.allowed] }) as Parameters<typeof readOutcomeForm>[1];
  const fields = (errors: { field: string; text: string }[]) => errors.map((e) => [e.field, e.text]);

  it('turns an offer into the service\'s body, the London date and time as an instant', () => {
    const reading = readOutcomeForm({ kind: 'OFFERED', 'offeredAt-day': '1', 'offeredAt-month': '12', 'offeredAt-year': '2026', 'offeredAt-time': '9:15am', offeredHow: 'PHONE' }, ctx(interview));
    expect(reading.errors).toEqual([]);
    expect(reading.body).toEqual({ kind: 'OFFERED', offeredAt: '2026-12-01T09:15:00.000Z', offeredHow: 'PHONE' });
  });

  it('reads a summer time as British Summer Time', () => {
    const summer = { ...interview, now: new Date('2026-07-14T12:00:00Z') };
    const reading = readOutcomeForm({ kind: 'OFFERED', 'offeredAt-day': '14', 'offeredAt-month': '7', 'offeredAt-year': '2026', 'offeredAt-time': '9am', offeredHow: 'LETTER' }, ctx(summer));
    expect(reading.body?.offeredAt).toBe('2026-07-14T08:00:00.000Z');
  });

  it('asks for what happened when nothing is chosen, or for a choice the task cannot take now', () => {
    expect(fields(readOutcomeForm({}, ctx(interview)).errors)).toEqual([['kind', 'Select what happened']]);
    expect(fields(readOutcomeForm({ kind: 'HELD' }, ctx(interview)).errors)).toEqual([['kind', 'Select what happened']]);
  });

  it('names each missing or wrong answer in GOV.UK\'s words, keeping what was typed', () => {
    const reading = readOutcomeForm({ kind: 'OFFERED', 'offeredAt-day': '31', 'offeredAt-month': '11', 'offeredAt-year': '2026', 'offeredAt-time': 'soon' }, ctx(interview));
    expect(fields(reading.errors)).toEqual([
      ['offeredAt-day', 'Date the interview was offered must be a real date'],
      ['offeredAt-time', 'Time the interview was offered must be a real time, like 9:30am or 14:30'],
      ['offeredHow', 'Select how the interview was offered'],
    ]);
    expect(reading.answers).toMatchObject({ 'offeredAt-day': '31', 'offeredAt-time': 'soon' });
    expect(reading.body).toBeUndefined();
    expect(fields(readOutcomeForm({ kind: 'OFFERED', offeredHow: 'PHONE' }, ctx(interview)).errors)).toEqual([
      ['offeredAt-day', 'Enter the date the interview was offered'],
      ['offeredAt-time', 'Enter the time the interview was offered'],
    ]);
  });

  it('refuses a date or a time in the future', () => {
    const tomorrow = readOutcomeForm({ kind: 'OFFERED', 'offeredAt-day': '2', 'offeredAt-month': '12', 'offeredAt-year': '2026', 'offeredAt-time': '9am', offeredHow: 'PHONE' }, ctx(interview));
    expect(fields(tomorrow.errors)).toEqual([['offeredAt-day', 'Date the interview was offered must be today or in the past']]);
    const later = readOutcomeForm({ kind: 'OFFERED', 'offeredAt-day': '1', 'offeredAt-month': '12', 'offeredAt-year': '2026', 'offeredAt-time': '11am', offeredHow: 'PHONE' }, ctx(interview));
    expect(fields(later.errors)).toEqual([['offeredAt-time', 'Time the interview was offered must be now or in the past']]);
  });

  it('records an interview held: independence yes or no, and a summary within the limit', () => {
    const held = { taskType: 'RETURN_INTERVIEW', allowed: ['ACCEPTED', 'DECLINED', 'HELD'], now };
    const base = { kind: 'HELD', 'heldAt-day': '30', 'heldAt-month': '11', 'heldAt-year': '2026', 'heldAt-time': '14:00' };
    expect(readOutcomeForm({ ...base, interviewerIndependent: 'no', summary: '  Stayed with a friend.  ' }, ctx(held)).body).toEqual({
      kind: 'HELD',
      heldAt: '2026-11-30T14:00:00.000Z',
      interviewerIndependent: false,
      summary: 'Stayed with a friend.',
    });
    expect(fields(readOutcomeForm({ ...base, summary: ' ' }, ctx(held)).errors)).toEqual([
      ['interviewerIndependent', "Select whether the interviewer was independent of the child's care"],
      ['summary', 'Enter a summary of the interview'],
    ]);
    expect(fields(readOutcomeForm({ ...base, interviewerIndependent: 'yes', summary: 'x'.repeat(10_001) }, ctx(held)).errors)).toEqual([['summary', 'Summary must be 10,000 characters or fewer']]);
  });

  it('asks why, for an interview declined or not offered', () => {
    expect(readOutcomeForm({ kind: 'NOT_OFFERED', notOfferedReason: 'MISSING_AGAIN' }, ctx(interview)).body).toEqual({ kind: 'NOT_OFFERED', notOfferedReason: 'MISSING_AGAIN' });
    expect(fields(readOutcomeForm({ kind: 'NOT_OFFERED', notOfferedReason: 'BORED' }, ctx(interview)).errors)).toEqual([['notOfferedReason', 'Select why no interview will be offered']]);
    const declined = { taskType: 'RETURN_INTERVIEW', allowed: ['ACCEPTED', 'DECLINED', 'HELD'], now };
    expect(readOutcomeForm({ kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' }, ctx(declined)).body).toEqual({ kind: 'DECLINED', declinedReason: 'CHILD_DECLINED' });
  });

  it('records a meeting with its agencies and one action a line; its only outcome needs no choosing', () => {
    const meeting = { taskType: 'STRATEGY_DISCUSSION', allowed: ['MEETING_HELD'], now };
    const reading = readOutcomeForm(
      { 'heldAt-day': '1', 'heldAt-month': '12', 'heldAt-year': '2026', 'heldAt-time': '8am', attendeeAgencies: ['POLICE', 'HEALTH'], actions: 'Safety plan by Friday\r\n\r\n  Refer to the hub ' },
      ctx(meeting),
    );
    expect(reading.body).toEqual({ kind: 'MEETING_HELD', heldAt: '2026-12-01T08:00:00.000Z', attendeeAgencies: ['POLICE', 'HEALTH'], actions: ['Safety plan by Friday', 'Refer to the hub'] });
    const none = readOutcomeForm({ 'heldAt-day': '1', 'heldAt-month': '12', 'heldAt-year': '2026', 'heldAt-time': '8am' }, ctx(meeting));
    expect(fields(none.errors)).toEqual([['attendeeAgencies', 'Select the agencies that took part']]);
    expect(fields(readOutcomeForm({ 'heldAt-day': '1', 'heldAt-month': '12', 'heldAt-year': '2026', 'heldAt-time': '8am' }, ctx(meeting)).errors)[0][0]).toBe('attendeeAgencies');
    expect(readOutcomeForm({}, ctx(meeting)).errors[0]).toMatchObject({ field: 'heldAt-day', text: 'Enter the date the strategy discussion was held' });
  });

  it('records other work as done on a date and time', () => {
    const done = { taskType: 'REVIEW_EPISODE', allowed: ['DONE'], now };
    expect(readOutcomeForm({ 'doneAt-day': '1', 'doneAt-month': 'Dec', 'doneAt-year': '2026', 'doneAt-time': 'midnight' }, ctx(done)).body).toEqual({ kind: 'DONE', doneAt: '2026-12-01T00:00:00.000Z' });
  });

  it("puts the service's refusals on the inputs they are about", () => {
    expect(problemsAsErrors([{ field: 'offeredAt', reason: 'offeredAt must not be in the future' }, { field: 'offeredHow', reason: 'offeredHow must be one of IN_PERSON, PHONE' }, { field: 'kind', reason: 'DONE does not apply to a RETURN_INTERVIEW' }], 'OFFERED', 'RETURN_INTERVIEW')).toEqual([
      { field: 'offeredAt-day', input: 'offeredAt', wrong: ['day', 'month', 'year'], text: 'Date the interview was offered must be today or in the past' },
      { field: 'offeredHow', text: 'Select how the interview was offered' },
      { field: 'kind', text: 'DONE does not apply to a RETURN_INTERVIEW' },
    ]);
  });
});
