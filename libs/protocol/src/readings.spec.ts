import { DEFAULT_PROFILE, flagRiskFloor, repeatWindowDays, atLeast, type ProtocolProfile } from './index';
import { profileWithWindow } from './testing/builders';

describe('reading a profile for a child record', () => {
  it('given the default profile, repeat episodes count in its persistent-missing window of 90 days', () => {
    expect(repeatWindowDays(DEFAULT_PROFILE)).toBe(90);
  });

  it("given another area's 3-in-42 profile, counts them in 42 days", () => {
    expect(repeatWindowDays(profileWithWindow(42, 'norfolk-3-in-42'))).toBe(42);
  });

  it('given a profile no rule of which counts episodes in a window, has no repeat window', () => {
    const none: ProtocolProfile = { ...DEFAULT_PROFILE, rules: DEFAULT_PROFILE.rules.filter((r) => !JSON.stringify(r.when).includes('episodesInWindow')) };
    expect(repeatWindowDays(none)).toBeNull();
  });

  it('given a CSE or CCE flag, the default profile puts the risk at least HIGH; other flags leave it as graded', () => {
    expect(flagRiskFloor(DEFAULT_PROFILE, ['CSE'])).toBe('HIGH');
    expect(flagRiskFloor(DEFAULT_PROFILE, ['MENTAL_HEALTH', 'CCE'])).toBe('HIGH');
    expect(flagRiskFloor(DEFAULT_PROFILE, ['MENTAL_HEALTH', 'SUBSTANCE_MISUSE'])).toBeNull();
    expect(flagRiskFloor(DEFAULT_PROFILE, [])).toBeNull();
  });

  it('given a CSE child graded LOW, the effective risk is HIGH; graded HIGH with no flags, stays HIGH', () => {
    expect(atLeast('LOW', flagRiskFloor(DEFAULT_PROFILE, ['CSE']))).toBe('HIGH');
    expect(atLeast('HIGH', flagRiskFloor(DEFAULT_PROFILE, []))).toBe('HIGH');
    expect(atLeast('MEDIUM', 'LOW')).toBe('MEDIUM');
  });
});
