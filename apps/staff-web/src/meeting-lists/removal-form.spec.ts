import { NOTE_MAX, readRemovalForm, removalProblems } from './removal-form';

describe('reading the form that takes a child off a meeting list', () => {
  it('given a reason, when read, then the removal carries the code alone', () => {
    expect(readRemovalForm({ reason: 'RISK_REDUCED', note: 'left over from OTHER' })).toEqual({
      answers: { reason: 'RISK_REDUCED', note: 'left over from OTHER' },
      errors: [],
      removal: { reason: 'RISK_REDUCED' },
    });
  });

  it('given OTHER with a note, when read, then the note goes with it, trimmed', () => {
    expect(readRemovalForm({ reason: 'OTHER', note: '  Adopted  ' }).removal).toEqual({ reason: 'OTHER', note: 'Adopted' });
  });

  it('given no reason, when read, then it asks for one and removes nothing', () => {
    expect(readRemovalForm({})).toEqual({ answers: { reason: '', note: '' }, errors: [{ field: 'reason', text: 'Select why the child is coming off the list' }] });
    expect(readRemovalForm({ reason: 'BORED' }).errors).toEqual([{ field: 'reason', text: 'Select why the child is coming off the list' }]);
  });

  it('given OTHER without a note or with too long a one, when read, then it asks for the note', () => {
    expect(readRemovalForm({ reason: 'OTHER', note: ' ' }).errors).toEqual([{ field: 'note', text: 'Enter why the child is coming off the list' }]);
    expect(readRemovalForm({ reason: 'OTHER', note: 'x'.repeat(NOTE_MAX + 1) }).errors).toEqual([{ field: 'note', text: 'The reason must be 1000 characters or fewer' }]);
  });

  it("given protocol-engine's refusal, when mapped, then each problem lands on its field", () => {
    expect(removalProblems([{ field: 'note', reason: 'a removal for OTHER reasons needs a note saying what' }, { field: 'reason', reason: 'reason must be one of ...' }])).toEqual([
      { field: 'note', text: 'Enter why the child is coming off the list' },
      { field: 'reason', text: 'Select why the child is coming off the list' },
    ]);
  });
});
