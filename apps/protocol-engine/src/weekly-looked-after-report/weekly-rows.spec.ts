import { DEFAULT_PROFILE } from '@homeward/protocol';
import { londonWeek } from './london-week';
import { partOf, riskChanges, weeklyReportRows, type WeekEpisode } from './weekly-rows';

const at = (iso: string) => new Date(iso);
const episode = (over: Partial<WeekEpisode>): WeekEpisode => ({
  id: 'e1', childId: 'c1', force: 'WYP', policeReference: 'WY/1', missingSince: at('2026-11-24T18:00:00Z'), foundAt: null,
  riskLevel: 'LOW', vulnerabilities: [], careStatus: 'LOOKED_AFTER', responsibleAuthority: 'E08000032', missingFrom: 'CHILDRENS_HOME',
  decidedRisk: null, withdrawnAt: null, withdrawnReason: null, givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-11-25',
  localAuthorityId: 'LA1', gradings: [], foundPostcode: null, foundDescription: null, returnedTo: null, notices: [], repeatCount: 1, ...over,
});
const p = { week: londonWeek('2026-11-23'), now: at('2026-12-01T09:00:00Z'), homeAuthority: 'E08000032', homeForces: ['WYP'], profile: DEFAULT_PROFILE };

describe('the weekly report rows', () => {
  it('given the responsible authority, the part: ours (case and spaces aside), placed here, or not known', () => {
    expect(partOf(' e08000032 ', 'E08000032')).toBe('OURS');
    expect(partOf('E08000035', 'E08000032')).toBe('PLACED_HERE');
    expect(partOf('  ', 'E08000032')).toBe('AUTHORITY_NOT_KNOWN');
    expect(partOf(null, 'E08000032')).toBe('AUTHORITY_NOT_KNOWN');
  });

  it('given gradings MEDIUM, MEDIUM, HIGH, HIGH, LOW, the changes are MEDIUM, HIGH, LOW', () => {
    const g = (t: string, riskLevel: 'MEDIUM' | 'HIGH' | 'LOW') => ({ at: at(t), riskLevel });
    expect(riskChanges([g('2026-11-24T18:00:00Z', 'MEDIUM'), g('2026-11-24T19:00:00Z', 'MEDIUM'), g('2026-11-25T09:00:00Z', 'HIGH'), g('2026-11-25T10:00:00Z', 'HIGH'), g('2026-11-25T20:00:00Z', 'LOW')]).map((c) => c.riskLevel)).toEqual(['MEDIUM', 'HIGH', 'LOW']);
  });

  it('given a child of ours with a CSE flag found the Monday after, the age is at the start, the risk raised by the flag, still missing at the week end', () => {
    const rows = weeklyReportRows([episode({ vulnerabilities: ['CSE'], foundAt: at('2026-11-30T01:00:00Z') })], p);
    expect(rows.ours[0]).toMatchObject({ child: { ageYears: 13 }, riskLevel: 'HIGH', stillMissing: true, missingElsewhere: false, placement: { kind: 'CHILDRENS_HOME', provider: null } });
    expect(rows.summary).toEqual({ episodes: 1, children: 1, stillMissing: 1, highRisk: 1 });
  });

  it('given a child placed here, the provider of the notice covering the start; a notice of another authority or period does not count', () => {
    const notice = { id: 'n1', placingAuthority: 'E08000035', placementStart: '2026-11-01', placementEnd: null, providerName: 'Oakfield House', providerKind: 'CHILDRENS_HOME' as const, riskAssessmentProvided: true, riskManagementPlanProvided: false, receivedAt: at('2026-11-01T09:00:00Z'), recordedAt: at('2026-11-01T09:00:00Z') };
    const rows = weeklyReportRows([
      episode({ id: 'e1', responsibleAuthority: 'E08000035', notices: [notice] }),
      episode({ id: 'e2', childId: 'c2', policeReference: 'WY/2', responsibleAuthority: 'E08000035', notices: [{ ...notice, placementEnd: '2026-11-20' }] }),
    ], p);
    expect(rows.placedHere.map((r) => r.placement)).toEqual([
      { kind: 'CHILDRENS_HOME', provider: 'Oakfield House', noticeId: 'n1' },
      { kind: 'CHILDRENS_HOME', provider: null, noticeId: null },
    ]);
  });

  it('given our child reported by a force outside our area, it is missing elsewhere', () => {
    expect(weeklyReportRows([episode({ responsibleAuthority: 'E08000032', force: 'NOTTS' })], p).ours[0].missingElsewhere).toBe(true);
  });
});
