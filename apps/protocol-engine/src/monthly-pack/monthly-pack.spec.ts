import { packChildren, withChange } from './monthly-pack';

const child = (childId: string, familyName: string) => ({ childId, givenName: 'A', familyName, dateOfBirth: '2012-05-04', localAuthorityId: null });
const since = new Date('2026-11-03T10:00:00Z');
const episode = (episodeId: string, childId: string) => ({
  episodeId, childId, policeReference: `NT/${episodeId}`, force: 'NOTTS', missingSince: since, foundAt: null, riskLevel: 'HIGH', vulnerabilities: [], foundLocation: null,
});

describe('the monthly pack', () => {
  it('given a child on two lists and high risk, then they are one entry with three reasons, and their episodes', () => {
    const reasons = [
      { ...child('c1', 'Adams'), criterion: 'MONTHLY_MEETING' as const, reason: 'Persistent', since, leftAt: null },
      { ...child('c1', 'Adams'), criterion: 'CSE_MEETING' as const, reason: 'CSE flag', since, leftAt: null },
      { ...child('c1', 'Adams'), criterion: 'HIGH_RISK' as const, reason: 'High', since, leftAt: null },
      { ...child('c2', 'Brown'), criterion: 'HIGH_RISK' as const, reason: 'High', since, leftAt: null },
    ];
    const pack = packChildren(reasons, [episode('e1', 'c1'), episode('e2', 'c2'), episode('e3', 'c1')]);
    expect(pack.map((c) => [c.childId, c.reasons.map((r) => r.criterion), c.episodes.map((e) => e.episodeId)])).toEqual([
      ['c1', ['MONTHLY_MEETING', 'CSE_MEETING', 'HIGH_RISK'], ['e1', 'e3']],
      ['c2', ['HIGH_RISK'], ['e2']],
    ]);
  });

  it('given a place named 5 times this month and 2 the month before, then the change is +3; a new one is all change', () => {
    const row = { by: 'PLACE', key: 'bus station', label: 'Bus Station', foundReports: 3, lastSeenReports: 2, episodes: 4, children: [] };
    expect(withChange([{ ...row, reports: 5, reportsMonthBefore: 2 }, { ...row, reports: 2, reportsMonthBefore: 0 }]).map((h) => h.change)).toEqual([3, 2]);
  });
});
