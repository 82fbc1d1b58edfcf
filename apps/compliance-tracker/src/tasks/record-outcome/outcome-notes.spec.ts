import { outcomeNotesProblems } from './outcome-notes';

describe("an outcome's notes: required for a held interview, refused once the child is erased", () => {
  const erasedAt = new Date('2026-11-30T10:00:00Z');
  const notErased = { erasedAt: null };

  it('given a task whose child is not erased, when a held interview comes with its summary, or a meeting with actions, then nothing is refused', () => {
    expect(outcomeNotesProblems(notErased, { kind: 'HELD', summary: 'Spoke about the park' })).toEqual([]);
    expect(outcomeNotesProblems(notErased, { kind: 'MEETING_HELD', actions: ['Refer to CSE team'] })).toEqual([]);
  });

  it('given a task whose child is not erased, when a held interview comes without a summary (or a blank one), then the summary is asked for', () => {
    const problem = [{ field: 'summary', reason: 'summary must say what was learned at the interview' }];
    expect(outcomeNotesProblems(notErased, { kind: 'HELD' })).toEqual(problem);
    expect(outcomeNotesProblems(notErased, { kind: 'HELD', summary: '   ' })).toEqual(problem);
  });

  it("given an erased child's task, when a summary is recorded, then the summary is refused, saying when the child was erased", () => {
    expect(outcomeNotesProblems({ erasedAt }, { kind: 'HELD', summary: 'Spoke about the park' })).toEqual([
      { field: 'summary', reason: "this child's personal data was erased on 2026-11-30: record the outcome without it" },
    ]);
  });

  it("given an erased child's task, when agreed actions are recorded, then the actions are refused", () => {
    expect(outcomeNotesProblems({ erasedAt }, { kind: 'MEETING_HELD', actions: ['', 'Refer to CSE team'] }).map((p) => p.field)).toEqual(['actions']);
  });

  it("given an erased child's task, when the outcome carries no text, then it may be recorded: a held interview without its summary included", () => {
    expect(outcomeNotesProblems({ erasedAt }, { kind: 'HELD' })).toEqual([]);
    expect(outcomeNotesProblems({ erasedAt }, { kind: 'MEETING_HELD', actions: [' '] })).toEqual([]);
  });
});
