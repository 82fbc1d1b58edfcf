import { DEFAULT_PROFILE, type ProtocolProfile } from '@homeward/protocol';
import { laterUntil, listedUntil, listingAfterWithdrawal, listingsOf } from './listing';

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

describe('listingAfterWithdrawal', () => {
  const entry = { ruleId: 'persistent-missing', policeReference: 'NT/3', decisionId: 'd3', latestDecisionId: 'd3', until: at('2025-05-02T10:00:00Z') };
  const now = at('2025-03-21T10:00:00Z');

  it('given the persistent listing and one of its three episodes withdrawn, when measured again, then the child leaves now, saying why', () => {
    const starts = ['2025-02-01', '2025-03-20'].map((d) => at(`${d}T10:00:00Z`));
    expect(listingAfterWithdrawal(rule('persistent-missing'), entry, 'NT/2', starts, now)).toEqual({
      leave: 'Fewer than 3 episodes in the rolling 90 days once the withdrawn report NT/2 is left out',
    });
  });

  it('given the persistent listing with three episodes left after a fourth is withdrawn, when measured again, then until is the third newest of those plus 90 days', () => {
    const starts = ['2025-01-06', '2025-02-01', '2025-03-20'].map((d) => at(`${d}T10:00:00Z`));
    expect(listingAfterWithdrawal(rule('persistent-missing'), entry, 'NT/4', starts, now)).toEqual({ until: new Date(Date.parse('2025-01-06T10:00:00Z') + DAYS_90) });
  });

  it('given the CSE listing made by the withdrawn report alone, then the child leaves; listed again since by another report, then unchanged', () => {
    const cse = { ...entry, ruleId: 'exploitation' };
    expect(listingAfterWithdrawal(rule('exploitation'), cse, 'NT/3', [], now)).toEqual({ leave: 'The report that listed the child (NT/3) was withdrawn by the police' });
    expect(listingAfterWithdrawal(rule('exploitation'), { ...cse, latestDecisionId: 'd7' }, 'NT/3', [], now)).toBe('unchanged');
    expect(listingAfterWithdrawal(rule('exploitation'), cse, 'NT/9', [], now)).toBe('unchanged');
  });
});
