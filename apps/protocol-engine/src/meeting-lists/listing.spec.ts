import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import { laterUntil, listedUntil, listingsOf } from './listing';

const P = DEFAULT_PROFILE;
const rule = (id: string) => P.rules.find((r) => r.id === id)!;
const at = (iso: string) => new Date(iso);
const DAYS_90 = 90 * 86_400_000;

describe('listedUntil', () => {
  it('given the persistent rule and four episodes, when reading until, then it is the third newest start plus 90 days', () => {
    const starts = ['2025-03-20', '2025-01-06', '2025-03-01', '2025-02-01'].map((d) => at(`${d}T10:00:00Z`));
    expect(listedUntil(rule('persistent-missing'), P, starts, at('2025-03-20T10:00:00Z'))).toEqual({
      until: new Date(Date.parse('2025-02-01T10:00:00Z') + DAYS_90),
      untilReason: 'Fewer than 3 episodes in the rolling 90 days (rule persistent-missing)',
    });
  });

  it('given the exploitation rule (no window of its own), when reading until, then it is the profile repeat window after the listing episode', () => {
    expect(listedUntil(rule('exploitation'), P, [], at('2025-07-01T10:00:00Z')).until).toEqual(new Date(Date.parse('2025-07-01T10:00:00Z') + DAYS_90));
  });

  it('given a profile that counts no window at all, when reading until, then there is none: a manager removes the child', () => {
    const profile = structuredClone(P) as ProtocolProfile;
    profile.rules = profile.rules.filter((r) => r.id === 'exploitation');
    expect(listedUntil(profile.rules[0], profile, [], at('2025-07-01T10:00:00Z'))).toMatchObject({ until: null });
  });
});

describe('listingsOf', () => {
  it('given an outcome listing both meetings, when read, then each names the first fired rule that lists it', () => {
    const listings = listingsOf(
      P,
      { listings: ['MONTHLY_MEETING', 'CSE_MEETING'], firedRules: [{ ruleId: 'persistent-missing', reason: '' }, { ruleId: 'exploitation', reason: '' }] },
      ['2025-01-06', '2025-02-01', '2025-03-01'].map((d) => at(`${d}T10:00:00Z`)),
      at('2025-03-01T10:00:00Z'),
    );
    expect(listings.map((l) => [l.list, l.ruleId])).toEqual([
      ['MONTHLY_MEETING', 'persistent-missing'],
      ['CSE_MEETING', 'exploitation'],
    ]);
  });

  it('given an outcome with no listings, when read, then none', () => {
    expect(listingsOf(P, { listings: [], firedRules: [] }, [], at('2025-03-01T10:00:00Z'))).toEqual([]);
  });
});

describe('laterUntil', () => {
  it('given two instants, then the later; given no end on either side, then no end', () => {
    expect(laterUntil(at('2025-01-01T00:00:00Z'), at('2025-02-01T00:00:00Z'))).toEqual(at('2025-02-01T00:00:00Z'));
    expect(laterUntil(null, at('2025-02-01T00:00:00Z'))).toBeNull();
  });
});
