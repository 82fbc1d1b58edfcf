import { defaultAbsenceKind } from './absence-kind';

describe('the default M/A of an episode from the police gradings', () => {
  it('given every grading VERY_LOW (the former "absent"), it is A (away without authorisation)', () => {
    expect(defaultAbsenceKind(['VERY_LOW'])).toBe('A');
    expect(defaultAbsenceKind(['VERY_LOW', 'VERY_LOW'])).toBe('A');
  });

  it('given any grading above VERY_LOW, even one raised later and lowered again, it is M (missing)', () => {
    expect(defaultAbsenceKind(['LOW'])).toBe('M');
    expect(defaultAbsenceKind(['VERY_LOW', 'MEDIUM', 'VERY_LOW'])).toBe('M');
    expect(defaultAbsenceKind(['HIGH'])).toBe('M');
  });

  it('given no grading at all, it is M: missing unless the police said otherwise', () => {
    expect(defaultAbsenceKind([])).toBe('M');
  });
});
