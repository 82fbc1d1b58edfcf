import { childrenNotInSchool, type NotInSchoolCandidate } from './children-not-in-school';

const child = (overrides: Partial<NotInSchoolCandidate> = {}): NotInSchoolCandidate => ({
  childKey: 'k1',
  dateOfBirth: '2013-09-14',
  basis: 'ELECTIVE_HOME_EDUCATION',
  since: '2026-10-01',
  provider: 'Parent or carer (elective home education)',
  backOnRollOn: null,
  ...overrides,
});

describe('the register of children not in school', () => {
  it('given a home-educated child of compulsory school age, lists them with the provider', () => {
    expect(childrenNotInSchool([child()], '2026-12-01')).toEqual([child()]);
  });

  it('given a child back on a school roll, or over compulsory school age, leaves them out', () => {
    expect(childrenNotInSchool([child({ backOnRollOn: '2026-11-30' })], '2026-12-01')).toEqual([]);
    // 16 in May 2026: compulsory school age ended on the last Friday of June 2026.
    expect(childrenNotInSchool([child({ dateOfBirth: '2010-05-01' })], '2026-12-01')).toEqual([]);
    // Four years old: not yet of compulsory school age.
    expect(childrenNotInSchool([child({ dateOfBirth: '2022-06-01' })], '2026-12-01')).toEqual([]);
  });

  it('given a child re-admitted later than today (a place from next week), still lists them', () => {
    expect(childrenNotInSchool([child({ backOnRollOn: '2026-12-07' })], '2026-12-01')).toHaveLength(1);
  });

  it('given the same child home educated and then missing education, lists them once, on the latest basis', () => {
    const register = childrenNotInSchool([child(), child({ basis: 'MISSING_EDUCATION', since: '2026-11-16', provider: null })], '2026-12-01');
    expect(register).toEqual([child({ basis: 'MISSING_EDUCATION', since: '2026-11-16', provider: null })]);
  });
});
