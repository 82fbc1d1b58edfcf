/** DOMAIN.md worked examples, given / when / then. Time comes only from the inputs. */
import { DEFAULT_PROFILE as P, decide, timersFor } from './index';
import type { DecisionOutcome, EpisodeSnapshot } from './index';
import { episode, input, notification } from './testing/builders';

const H = 3_600_000;
const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * H).toISOString();
const tasks = (o: DecisionOutcome) => o.requiredActions.map((a) => a.taskType);

describe('Example 1: child at home, low risk, missing 19:00, found 23:30 the same day', () => {
  const missing = '2025-03-03T19:00:00.000Z';
  const foundAt = '2025-03-03T23:30:00.000Z';
  const ep = episode({ missingSince: missing, riskLevel: 'LOW', careStatus: 'NOT_KNOWN' });

  it('missing report: no task; timers for the 24 h review and 7 days', async () => {
    const out = await decide(P, input({ trigger: notification('MISSING_REPORTED', missing), episode: ep }));
    expect(out.requiredActions).toEqual([]);
    expect(timersFor(P, ep)).toEqual([
      { timer: 'LENGTHY_EPISODE', dueAt: plus(missing, 168) },
      { timer: 'LOW_RISK_REVIEW', dueAt: plus(missing, 24) },
    ]);
  });

  it('found: one RHI due 72 h after 23:30, no meeting, no timers left', async () => {
    const done = { ...ep, foundAt };
    const out = await decide(P, input({ trigger: notification('FOUND', foundAt), episode: done }));
    expect(tasks(out)).toEqual(['RETURN_INTERVIEW']);
    expect(out.requiredActions[0]).toMatchObject({ anchorAt: foundAt, deadline: { unit: 'CLOCK_HOURS', amount: 72 }, priority: 'NORMAL' });
    expect(out.listings).toEqual([]);
    expect(timersFor(P, done)).toEqual([]);
  });
});

describe('Example 3: episodes starting 1, 12 and 25 June', () => {
  const ep = (n: number, day: string): EpisodeSnapshot =>
    // Open to social care (a child in need), so no duty and referral consultation joins the work.
    episode({ episodeId: `ep-${n}`, missingSince: `2025-06-${day}T20:00:00.000Z`, foundAt: `2025-06-${day}T22:00:00.000Z`, careStatus: 'CHILD_IN_NEED' });
  const eps = [ep(1, '01'), ep(2, '12'), ep(3, '25')];
  const foundOf = (i: number) =>
    decide(P, input({ trigger: notification('FOUND', eps[i].foundAt!), episode: eps[i], otherEpisodes: eps.filter((_, j) => j !== i) }));
  const reportOf = (i: number) =>
    decide(P, input({
      trigger: notification('MISSING_REPORTED', eps[i].missingSince!),
      episode: { ...eps[i], foundAt: null },
      otherEpisodes: eps.slice(0, i),
    }));

  it('the first gets an RHI', async () => {
    const out = await foundOf(0);
    expect(out.requiredActions.map((a) => [a.taskType, a.priority])).toEqual([['RETURN_INTERVIEW', 'NORMAL']]);
  });

  it('the second gets a priority RHI', async () => {
    expect((await reportOf(1)).requiredActions).toEqual([]);
    const out = await foundOf(1);
    expect(out.requiredActions.map((a) => [a.taskType, a.priority])).toEqual([['RETURN_INTERVIEW', 'PRIORITY']]);
  });

  it('the third also gets a multi-agency meeting and puts the child on the monthly list', async () => {
    const atReport = await reportOf(2);
    expect(tasks(atReport)).toEqual(['MULTI_AGENCY_MEETING', 'RISK_MANAGEMENT_FOLLOW_UP']);
    expect(atReport.listings).toEqual(['MONTHLY_MEETING']);
    expect(atReport.facts.episodesInWindow['90']).toBe(3);

    const atFound = await decide(P, {
      ...input({ trigger: notification('FOUND', eps[2].foundAt!), episode: eps[2], otherEpisodes: eps.slice(0, 2) }),
      alreadyRequested: atReport.requiredActions.map((a) => a.actionKey),
    });
    expect(atFound.requiredActions.map((a) => [a.taskType, a.priority])).toEqual([['RETURN_INTERVIEW', 'PRIORITY']]);
  });
});

describe('Example 4: child of 12 reported at HIGH risk', () => {
  const at = '2025-04-02T16:00:00.000Z';
  const child = { dateOfBirth: '2012-09-15' };
  const report = (ep: Partial<EpisodeSnapshot>) =>
    decide(P, input({ child, trigger: notification('MISSING_REPORTED', at), episode: episode({ missingSince: at, riskLevel: 'HIGH', ...ep }) }));

  it('immediate alert and a strategy discussion due within 24 h', async () => {
    const out = await report({});
    expect(out.facts.childAgeYears).toBe(12);
    expect(out.alerts).toEqual(['HIGH_RISK']);
    expect(out.requiredActions).toEqual([
      expect.objectContaining({ taskType: 'STRATEGY_DISCUSSION', anchorAt: at, deadline: { unit: 'CLOCK_HOURS', amount: 24 }, priority: 'URGENT' }),
    ]);
  });

  it('if looked after by another LA (notice on record), that authority is told at once', async () => {
    const out = await report({ careStatus: 'LOOKED_AFTER', responsibleAuthority: 'DERBYS', placementNoticeOnRecord: true });
    expect(out.requiredActions.find((a) => a.taskType === 'NOTIFY_RESPONSIBLE_AUTHORITY')).toMatchObject({
      priority: 'URGENT',
      deadline: { unit: 'CLOCK_HOURS', amount: 0 },
      anchorAt: at,
      reasons: ['high-risk-placing-authority'],
    });
  });

  it('if also without notice, one notification with the stricter deadline and both reasons', async () => {
    const out = await report({ careStatus: 'LOOKED_AFTER', responsibleAuthority: 'DERBYS', placementNoticeOnRecord: false });
    const notify = out.requiredActions.filter((a) => a.taskType === 'NOTIFY_RESPONSIBLE_AUTHORITY');
    expect(notify).toHaveLength(1);
    expect(notify[0]).toMatchObject({
      deadline: { unit: 'CLOCK_HOURS', amount: 0 },
      reasons: ['high-risk-placing-authority', 'placed-in-without-notice-missing'],
    });
    expect(out.alerts).toEqual(['HIGH_RISK', 'PLACED_IN_WITHOUT_NOTICE']);
  });
});

describe('Example 5: looked-after child placed here by another LA, no placement notice', () => {
  const missing = '2025-05-09T21:00:00.000Z';
  const foundAt = '2025-05-10T11:00:00.000Z';
  const ep = episode({ missingSince: missing, careStatus: 'LOOKED_AFTER', responsibleAuthority: 'BRADFORD', placementNoticeOnRecord: false });

  it('goes missing: the placing LA is notified and asked for its risk assessment', async () => {
    const out = await decide(P, input({ trigger: notification('MISSING_REPORTED', missing), episode: ep }));
    expect(out.requiredActions.map((a) => a.actionKey)).toEqual(['ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:MISSING']);
    expect(out.firedRules[0].reason).toMatch(/risk assessment/);
    expect(out.alerts).toEqual(['PLACED_IN_WITHOUT_NOTICE']);
  });

  it('found: notified again, and the RHI names the placing LA as responsible', async () => {
    const out = await decide(P, {
      ...input({ trigger: notification('FOUND', foundAt), episode: { ...ep, foundAt } }),
      alreadyRequested: ['ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:MISSING'],
    });
    expect(out.requiredActions.map((a) => [a.actionKey, a.responsibleAuthority, a.anchorAt])).toEqual([
      ['ep-1:RETURN_INTERVIEW', 'BRADFORD', foundAt],
      ['ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:FOUND', null, foundAt],
    ]);
  });
});

describe('Example 6: found 1 Oct 10:00, missing again 2 Oct 15:00, found 3 Oct 09:00', () => {
  // Europe/London is on BST (UTC+1) in October before the last Sunday.
  const first = episode({ episodeId: 'ep-1', missingSince: '2025-09-30T20:00:00.000Z', foundAt: '2025-10-01T09:00:00.000Z' });
  const secondMissing = '2025-10-02T14:00:00.000Z';
  const secondFound = '2025-10-03T08:00:00.000Z';
  const second = episode({ episodeId: 'ep-2', policeReference: 'NP-2', missingSince: secondMissing });

  it('missing again: the first RHI is superseded and the repeat count rises', async () => {
    const out = await decide(P, input({ trigger: notification('MISSING_REPORTED', secondMissing), episode: second, otherEpisodes: [first] }));
    expect(out.supersedes).toEqual([{ episodeId: 'ep-1', taskType: 'RETURN_INTERVIEW' }]);
    expect(out.facts.episodesInWindow['90']).toBe(2);
    expect(out.facts.hoursSincePreviousFound).toBe(29);
  });

  it('found: the new RHI is due 6 October 09:00 (72 h after found)', async () => {
    const out = await decide(P, input({
      trigger: notification('FOUND', secondFound),
      episode: { ...second, foundAt: secondFound },
      otherEpisodes: [first],
    }));
    const rhi = out.requiredActions.find((a) => a.taskType === 'RETURN_INTERVIEW')!;
    expect(rhi.actionKey).toBe('ep-2:RETURN_INTERVIEW');
    expect(plus(rhi.anchorAt, rhi.deadline.amount)).toBe('2025-10-06T08:00:00.000Z'); // 09:00 BST
    expect(rhi.priority).toBe('PRIORITY'); // second episode in 90 days
    expect(out.supersedes).toEqual([]); // already superseded at the missing report
  });

  it('a new episode long after the previous RHI window supersedes nothing (an overdue RHI stays visible)', async () => {
    const late = { ...second, missingSince: '2025-10-05T10:00:00.000Z' };
    const out = await decide(P, input({ trigger: notification('MISSING_REPORTED', late.missingSince), episode: late, otherEpisodes: [first] }));
    expect(out.supersedes).toEqual([]);
  });

  it('if the second FOUND arrives before its missing report, the supersede still happens once', async () => {
    const out = await decide(P, input({
      trigger: notification('FOUND', secondFound),
      episode: { ...second, missingSince: null, foundAt: secondFound },
      otherEpisodes: [first],
    }));
    expect(out.supersedes).toEqual([{ episodeId: 'ep-1', taskType: 'RETURN_INTERVIEW' }]);
  });
});
