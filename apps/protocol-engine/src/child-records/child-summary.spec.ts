import { DEFAULT_PROFILE } from '@homeward/protocol';
import { ageOn, childSummary, durationMinutes, repeatCount, type ChildRow, type EpisodeRow } from './child-summary';

const child: ChildRow = { id: 'c-1', givenName: 'Amy', familyName: "O'Neil", dateOfBirth: '2012-05-04', gender: null, localAuthorityId: 'LA-1' };
const episode = (overrides: Partial<EpisodeRow> = {}): EpisodeRow => ({
  id: 'e-1',
  childId: 'c-1',
  force: 'NOTTS',
  policeReference: 'NT/1',
  missingSince: new Date('2025-06-25T18:00:00Z'),
  foundAt: new Date('2025-06-26T06:00:00Z'),
  riskLevel: 'MEDIUM',
  vulnerabilities: [],
  careStatus: 'LOOKED_AFTER',
  responsibleAuthority: null,
  missingFrom: 'FOSTER_CARE',
  decidedRisk: 'MEDIUM',
  withdrawnAt: null,
  withdrawnReason: null,
  ...overrides,
});
const TODAY = { year: 2025, month: 6, day: 30 };

describe("a child's summary and record figures", () => {
  it('given a date of birth, counts whole years to the day, the birthday itself included', () => {
    expect(ageOn('2012-05-04', { year: 2025, month: 5, day: 3 })).toBe(12);
    expect(ageOn('2012-05-04', { year: 2025, month: 5, day: 4 })).toBe(13);
    expect(ageOn('2012-05-04', TODAY)).toBe(13);
  });

  it("given episodes newest first, takes the latest one's care status and risk, flags from all, and says whether one is open", () => {
    const summary = childSummary(
      child,
      [episode({ id: 'new', careStatus: 'CHILD_IN_NEED', foundAt: null, decidedRisk: 'LOW', riskLevel: 'LOW' }), episode({ id: 'old', vulnerabilities: ['MENTAL_HEALTH'] })],
      DEFAULT_PROFILE,
      TODAY,
    );
    expect(summary).toMatchObject({ careStatus: 'CHILD_IN_NEED', riskLevel: 'LOW', vulnerabilities: ['MENTAL_HEALTH'], openEpisode: true, ageYears: 13, allocatedWorker: null });
  });

  it('given a CSE flag on an earlier episode and a LOW latest one, the risk is at least HIGH', () => {
    const summary = childSummary(child, [episode({ decidedRisk: 'LOW', riskLevel: 'LOW' }), episode({ id: 'old', vulnerabilities: ['CSE'], decidedRisk: 'HIGH' })], DEFAULT_PROFILE, TODAY);
    expect(summary.riskLevel).toBe('HIGH');
  });

  it('given an episode no decision has been recorded for yet, its CSE flag still raises a LOW grading to HIGH', () => {
    expect(childSummary(child, [episode({ decidedRisk: null, riskLevel: 'LOW', vulnerabilities: ['CSE'] })], DEFAULT_PROFILE, TODAY).riskLevel).toBe('HIGH');
  });

  it('given episodes on 1, 12 and 25 June and one in March, counts the three in the 90 days to 30 June', () => {
    const starts = ['2025-03-01T10:00:00Z', '2025-06-01T18:00:00Z', '2025-06-12T18:00:00Z', '2025-06-25T18:00:00Z'];
    const episodes = starts.map((s, i) => episode({ id: `e-${i}`, missingSince: new Date(s) }));
    expect(repeatCount(episodes, DEFAULT_PROFILE, new Date('2025-06-30T12:00:00Z'))).toEqual({ repeatCount: 3, repeatWindowDays: 90 });
  });

  it('given three episodes in the window, one of them withdrawn by the police and still missing, counts two and shows no open episode', () => {
    const starts = ['2025-06-01T18:00:00Z', '2025-06-12T18:00:00Z', '2025-06-25T18:00:00Z'];
    const episodes = starts.map((s, i) => episode({ id: `e-${i}`, missingSince: new Date(s) }));
    episodes[2] = { ...episodes[2], foundAt: null, withdrawnAt: new Date('2025-06-25T20:00:00Z'), withdrawnReason: 'MADE_IN_ERROR' };
    expect(repeatCount(episodes, DEFAULT_PROFILE, new Date('2025-06-30T12:00:00Z')).repeatCount).toBe(2);
    expect(childSummary(child, episodes, DEFAULT_PROFILE, TODAY).openEpisode).toBe(false);
  });

  it('given an episode known only by its found report, counts it from the found time and gives it no duration', () => {
    const foundOnly = episode({ missingSince: null, foundAt: new Date('2025-06-20T10:00:00Z') });
    expect(repeatCount([foundOnly], DEFAULT_PROFILE, new Date('2025-06-30T12:00:00Z')).repeatCount).toBe(1);
    expect(durationMinutes(foundOnly, new Date('2025-06-30T12:00:00Z'))).toBeNull();
  });

  it('given a found episode, its duration is missing to found; while missing, to now', () => {
    expect(durationMinutes(episode(), new Date('2025-06-30T12:00:00Z'))).toBe(720);
    expect(durationMinutes(episode({ foundAt: null }), new Date('2025-06-25T20:30:00Z'))).toBe(150);
  });
});
