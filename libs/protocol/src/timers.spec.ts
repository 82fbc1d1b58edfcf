import { DEFAULT_PROFILE, protocolFacts, timersFor } from './index';
import { episode, input, notification, pastEpisode } from './testing/builders';

const MISSING = '2025-03-03T19:00:00.000Z';

describe('timersFor', () => {
  it('a low-risk open episode wakes at 24 h (review) and 7 days (lengthy)', () => {
    expect(timersFor(DEFAULT_PROFILE, episode({ missingSince: MISSING, riskLevel: 'VERY_LOW' }))).toEqual([
      { timer: 'LENGTHY_EPISODE', dueAt: '2025-03-10T19:00:00.000Z' },
      { timer: 'LOW_RISK_REVIEW', dueAt: '2025-03-04T19:00:00.000Z' },
    ]);
  });

  it('medium or high risk: only the lengthy timer (the review is for very-low/low)', () => {
    expect(timersFor(DEFAULT_PROFILE, episode({ missingSince: MISSING, riskLevel: 'MEDIUM' })).map((t) => t.timer)).toEqual(['LENGTHY_EPISODE']);
  });

  it('none once found, none while the missing time is unknown', () => {
    expect(timersFor(DEFAULT_PROFILE, episode({ missingSince: MISSING, foundAt: '2025-03-04T00:00:00.000Z' }))).toEqual([]);
    expect(timersFor(DEFAULT_PROFILE, episode({ missingSince: null }))).toEqual([]);
  });

  it('follows the profile: another area waking at 48 h', () => {
    const p = { ...DEFAULT_PROFILE, timers: [{ timer: 'LOW_RISK_REVIEW' as const, afterHours: 48, riskAtMost: 'LOW' as const }] };
    expect(timersFor(p, episode({ missingSince: MISSING }))).toEqual([{ timer: 'LOW_RISK_REVIEW', dueAt: '2025-03-05T19:00:00.000Z' }]);
  });
});

describe('protocolFacts', () => {
  it('shows what the rules see', () => {
    const foundAt = '2025-03-05T07:00:00.000Z';
    const facts = protocolFacts(DEFAULT_PROFILE, {
      ...input({
        trigger: notification('FOUND', foundAt),
        episode: episode({
          missingSince: MISSING,
          foundAt,
          riskLevel: 'MEDIUM',
          vulnerabilities: ['CCE'],
          careStatus: 'LOOKED_AFTER',
          responsibleAuthority: 'LEEDS',
        }),
        otherEpisodes: [pastEpisode('prev', '2025-03-01T10:00:00.000Z', 24)],
      }),
      child: { dateOfBirth: '2010-03-03' },
    });
    expect(facts).toEqual({
      triggerKind: 'NOTIFICATION',
      triggerType: 'FOUND',
      timer: null,
      timerDue: false,
      eventAt: foundAt,
      episodeStartAt: MISSING,
      missingSinceKnown: true,
      isFound: true,
      episodeDurationHours: 36,
      childAgeYears: 15,
      vulnerabilities: ['CCE'],
      careStatus: 'LOOKED_AFTER',
      riskLevel: 'MEDIUM',
      riskRank: 2,
      // Before the rules run: decide() raises it once it knows which risk-raising rules fire.
      effectiveRiskRank: 2,
      responsibleAuthority: 'LEEDS',
      homeAuthority: 'NOTTS',
      responsibleAuthorityIsOther: true,
      placementNoticeOnRecord: false,
      placementNotice: null,
      hoursSincePreviousFound: 33,
      previousFoundEpisodeId: 'prev',
      ourChildMissingElsewhere: false,
      episodesInWindow: { '90': 2 },
    });
  });

  it('ages by the Europe/London date: a birthday starts at local midnight in summer', () => {
    const at = '2025-06-14T23:30:00.000Z'; // 00:30 BST on 15 June
    const facts = protocolFacts(DEFAULT_PROFILE, {
      ...input({ trigger: notification('MISSING_REPORTED', at), episode: episode({ missingSince: at }) }),
      child: { dateOfBirth: '2008-06-15' },
    });
    expect(facts.childAgeYears).toBe(17);
  });
});
