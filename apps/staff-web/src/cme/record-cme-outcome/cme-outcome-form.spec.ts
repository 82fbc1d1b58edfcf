import { cmeOutcomeProblems, readCmeOutcomeForm } from './cme-outcome-form';

const context = { source: 'SCHOOL_ABSENCE_NOTICE', now: new Date('2026-12-03T10:00:00Z') };
const resolved = { 'resolvedOn-day': '2', 'resolvedOn-month': '12', 'resolvedOn-year': '2026' };

describe('the outcome form: moved to another LA, now that Homeward tells that LA', () => {
  it('given the authority and no day told, reads the outcome without authorityToldOn', () => {
    expect(readCmeOutcomeForm({ outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000024', ...resolved }, context)).toMatchObject({
      errors: [],
      outcome: { outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000024', resolvedOn: '2026-12-02' },
    });
  });

  it('given half a day told, still asks for the whole date', () => {
    const { errors } = readCmeOutcomeForm({ outcome: 'MOVED_TO_ANOTHER_LA', authority: 'E10000024', 'authorityToldOn-day': '1', ...resolved }, context);
    expect(errors).toHaveLength(1);
    expect(errors[0].field).toMatch(/^authorityToldOn/);
    expect(errors[0].text).toBe('Date you told that authority must include a month and year');
  });

  it("given education-referrals' refusal of a code not in its directory, says so on the authority question in the page's words", () => {
    const [problem] = cmeOutcomeProblems([{ field: 'authority', reason: 'authority E10000999 is not in the directory of local authorities (GET /v1/local-authorities)' }], 'MOVED_TO_ANOTHER_LA');
    expect(problem).toEqual({ field: 'authority', text: "Choose the authority now responsible from the list: that one is no longer in Homeward's directory" });
  });
});
