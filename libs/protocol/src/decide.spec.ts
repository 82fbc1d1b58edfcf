import { DEFAULT_PROFILE, decide } from './index';
import type { ProtocolProfile } from './index';
import { HOME, episode, input, notification, pastEpisode, timer } from './testing/builders';

const P = DEFAULT_PROFILE;
const MISSING_AT = '2025-03-03T19:00:00.000Z';
const FOUND_AT = '2025-03-03T23:30:00.000Z';

const found = (overrides = {}) =>
  input({ trigger: notification('FOUND', FOUND_AT), episode: episode({ foundAt: FOUND_AT, ...overrides }) });
const reported = (overrides = {}) =>
  input({ trigger: notification('MISSING_REPORTED', MISSING_AT), episode: episode(overrides) });
const types = (o: { requiredActions: { taskType: string }[] }) => o.requiredActions.map((a) => a.taskType).sort();

describe('return interview', () => {
  it('every FOUND requests an RHI due 72 clock hours from the found time', async () => {
    const out = await decide(P, found());
    expect(out.requiredActions).toEqual([
      {
        actionKey: 'ep-1:RETURN_INTERVIEW',
        taskType: 'RETURN_INTERVIEW',
        priority: 'NORMAL',
        deadline: { unit: 'CLOCK_HOURS', amount: 72 },
        anchorAt: FOUND_AT,
        responsibleAuthority: null,
        reasons: ['return-interview'],
        alarms: { reminderBeforeHours: 24, escalateTeamManagerAfterHours: 24, escalateServiceManagerAfterHours: 48 },
      },
    ]);
    expect(out.firedRules).toEqual([{ ruleId: 'return-interview', reason: expect.stringContaining('72 hours') }]);
  });

  it('a missing report asks for no RHI', async () => {
    expect((await decide(P, reported())).requiredActions).toEqual([]);
  });

  it.each([
    ['episode longer than 24 h', { missingSince: '2025-03-02T23:29:00.000Z' }],
    ['CSE flag', { vulnerabilities: ['CSE'] }],
    ['CCE flag', { vulnerabilities: ['CCE'] }],
    ['mental-health flag', { vulnerabilities: ['MENTAL_HEALTH'] }],
  ])('is a priority RHI when %s', async (_label, ep) => {
    const rhi = (await decide(P, found(ep))).requiredActions.find((a) => a.taskType === 'RETURN_INTERVIEW')!;
    expect(rhi.priority).toBe('PRIORITY');
    expect(rhi.reasons).toEqual(['return-interview', 'priority-return-interview']);
    expect(rhi.deadline).toEqual({ unit: 'CLOCK_HOURS', amount: 72 });
  });

  it('is a priority RHI for the second episode in 90 days', async () => {
    const out = await decide(P, { ...found(), otherEpisodes: [pastEpisode('ep-0', '2025-01-10T10:00:00.000Z')] });
    expect(out.requiredActions[0].priority).toBe('PRIORITY');
    expect(out.facts.episodesInWindow['90']).toBe(2);
  });

  it.each([
    ['exactly 24 h', { missingSince: '2025-03-02T23:30:00.000Z' }],
    ['substance misuse only', { vulnerabilities: ['SUBSTANCE_MISUSE'] }],
  ])('stays NORMAL when %s', async (_label, ep) => {
    expect((await decide(P, found(ep))).requiredActions[0].priority).toBe('NORMAL');
  });
});

describe('persistent missing', () => {
  const history = [pastEpisode('ep-a', '2025-01-05T10:00:00.000Z'), pastEpisode('ep-b', '2025-02-01T10:00:00.000Z')];
  // Open to social care: the duty and referral consultation is for children who are not.
  const openToSocialCare = { careStatus: 'CHILD_IN_NEED' } as const;

  it('3 episodes in 90 days: multi-agency meeting in 10 working days, follow-up, monthly listing, alert', async () => {
    const out = await decide(P, { ...reported(openToSocialCare), otherEpisodes: history });
    expect(types(out)).toEqual(['MULTI_AGENCY_MEETING', 'RISK_MANAGEMENT_FOLLOW_UP']);
    const meeting = out.requiredActions.find((a) => a.taskType === 'MULTI_AGENCY_MEETING')!;
    expect(meeting).toMatchObject({
      actionKey: 'ep-1:MULTI_AGENCY_MEETING',
      deadline: { unit: 'WORKING_DAYS', amount: 10 },
      anchorAt: MISSING_AT,
      reasons: ['persistent-missing'],
    });
    expect(out.listings).toEqual(['MONTHLY_MEETING']);
    expect(out.alerts).toEqual(['PERSISTENT_MISSING']);
  });

  it('2 episodes in 90 days are not persistent', async () => {
    const out = await decide(P, { ...reported(), otherEpisodes: history.slice(1) });
    expect(out.requiredActions).toEqual([]);
    expect(out.listings).toEqual([]);
  });

  it('the FOUND of the same episode creates no second meeting and no second alert', async () => {
    const out = await decide(P, {
      ...found(openToSocialCare),
      otherEpisodes: history,
      alreadyRequested: ['ep-1:MULTI_AGENCY_MEETING', 'ep-1:RISK_MANAGEMENT_FOLLOW_UP'],
    });
    expect(types(out)).toEqual(['RETURN_INTERVIEW']);
    expect(out.alerts).toEqual([]);
    expect(out.listings).toEqual([]);
    expect(out.alreadyRequestedSkipped).toEqual(['ep-1:MULTI_AGENCY_MEETING', 'ep-1:RISK_MANAGEMENT_FOLLOW_UP']);
  });
});

describe('lengthy episode (timer)', () => {
  const sevenDays = '2025-03-10T19:00:00.000Z';

  it('still missing after 7 days: multi-agency meeting within 5 working days of the 7-day mark', async () => {
    const out = await decide(P, input({ now: '2025-03-10T19:00:05.000Z', trigger: timer('LENGTHY_EPISODE'), episode: episode() }));
    expect(out.requiredActions).toEqual([
      expect.objectContaining({
        actionKey: 'ep-1:MULTI_AGENCY_MEETING',
        deadline: { unit: 'WORKING_DAYS', amount: 5 },
        anchorAt: sevenDays,
        reasons: ['lengthy-episode'],
      }),
    ]);
  });

  it('a CSE-flagged child keeps effective risk HIGH on the timer decision, without a second strategy discussion', async () => {
    const out = await decide(P, {
      ...input({ now: sevenDays, trigger: timer('LENGTHY_EPISODE'), episode: episode({ vulnerabilities: ['CSE'] }) }),
      alreadyRequested: ['ep-1:STRATEGY_DISCUSSION'],
    });
    expect(out.effectiveRisk).toBe('HIGH');
    expect(out.requiredActions.map((a) => a.taskType)).toEqual(['MULTI_AGENCY_MEETING']);
    expect(out.alerts).toEqual([]);
  });

  it('a stale wake-up after the child was found does nothing', async () => {
    const out = await decide(P, input({ now: sevenDays, trigger: timer('LENGTHY_EPISODE'), episode: episode({ foundAt: FOUND_AT }) }));
    expect(out.requiredActions).toEqual([]);
    expect(out.firedRules).toEqual([]);
  });

  it('an early wake-up does nothing', async () => {
    const out = await decide(P, input({ now: '2025-03-10T18:59:59.999Z', trigger: timer('LENGTHY_EPISODE'), episode: episode() }));
    expect(out.requiredActions).toEqual([]);
  });
});

describe('high risk', () => {
  it.each(['MISSING_REPORTED', 'RISK_UPDATED'] as const)('HIGH at %s: strategy discussion in 24 h and HIGH_RISK alert', async (type) => {
    const at = '2025-03-04T08:00:00.000Z';
    const out = await decide(P, input({ trigger: notification(type, at), episode: episode({ riskLevel: 'HIGH' }) }));
    expect(out.requiredActions).toEqual([
      expect.objectContaining({
        actionKey: 'ep-1:STRATEGY_DISCUSSION',
        priority: 'URGENT',
        deadline: { unit: 'CLOCK_HOURS', amount: 24 },
        anchorAt: at,
        reasons: ['high-risk'],
      }),
    ]);
    expect(out.alerts).toEqual(['HIGH_RISK']);
    expect(out.effectiveRisk).toBe('HIGH');
  });

  it('a repeated RISK_UPDATED HIGH asks for no second strategy discussion and no second alert', async () => {
    const out = await decide(P, {
      ...input({ trigger: notification('RISK_UPDATED', '2025-03-04T09:00:00.000Z'), episode: episode({ riskLevel: 'HIGH' }) }),
      alreadyRequested: ['ep-1:STRATEGY_DISCUSSION'],
    });
    expect(out.requiredActions).toEqual([]);
    expect(out.alerts).toEqual([]);
    expect(out.firedRules.map((r) => r.ruleId)).toEqual(['high-risk']);
    expect(out.alreadyRequestedSkipped).toEqual(['ep-1:STRATEGY_DISCUSSION']);
  });

  it('MEDIUM asks for nothing', async () => {
    const out = await decide(P, reported({ riskLevel: 'MEDIUM' }));
    expect(out.requiredActions).toEqual([]);
    expect(out.alerts).toEqual([]);
  });
});

describe('exploitation', () => {
  it.each(['CSE', 'CCE'] as const)('%s raises a low risk to HIGH, strategy discussion, CSE meeting listing, alert', async (flag) => {
    const out = await decide(P, reported({ riskLevel: 'LOW', vulnerabilities: [flag] }));
    expect(out.effectiveRisk).toBe('HIGH');
    expect(out.requiredActions).toEqual([
      expect.objectContaining({ taskType: 'STRATEGY_DISCUSSION', deadline: { unit: 'CLOCK_HOURS', amount: 24 }, reasons: ['exploitation', 'effective-high-risk'] }),
    ]);
    expect(out.listings).toEqual(['CSE_MEETING']);
    // Issue 13: the effective risk escalates to senior managers as a police HIGH grading does.
    expect(out.alerts).toEqual(['EXPLOITATION', 'HIGH_RISK']);
  });

  it('HIGH and CSE together ask for one strategy discussion with both reasons', async () => {
    const out = await decide(P, reported({ riskLevel: 'HIGH', vulnerabilities: ['CSE'] }));
    expect(out.requiredActions).toHaveLength(1);
    expect(out.requiredActions[0].reasons).toEqual(['high-risk', 'exploitation']);
    expect(out.alerts).toEqual(['HIGH_RISK', 'EXPLOITATION']);
  });

  it('the CSE flag at FOUND makes a priority RHI and (once) a strategy discussion', async () => {
    const out = await decide(P, { ...found({ vulnerabilities: ['CSE'] }), alreadyRequested: ['ep-1:STRATEGY_DISCUSSION'] });
    expect(out.requiredActions).toEqual([expect.objectContaining({ taskType: 'RETURN_INTERVIEW', priority: 'PRIORITY' })]);
    expect(out.effectiveRisk).toBe('HIGH');
    expect(out.listings).toEqual([]);
  });
});

describe('placed in by another authority without notice', () => {
  const placed = { careStatus: 'LOOKED_AFTER', responsibleAuthority: 'LEEDS', placementNoticeOnRecord: false } as const;

  it('on missing: notify the placing LA within 1 working day, alert', async () => {
    const out = await decide(P, reported(placed));
    expect(out.requiredActions).toEqual([
      expect.objectContaining({
        actionKey: 'ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:MISSING',
        taskType: 'NOTIFY_RESPONSIBLE_AUTHORITY',
        deadline: { unit: 'WORKING_DAYS', amount: 1 },
        anchorAt: MISSING_AT,
        responsibleAuthority: null,
      }),
    ]);
    expect(out.alerts).toEqual(['PLACED_IN_WITHOUT_NOTICE']);
  });

  it('on found: notified again under another key, and the RHI is the placing LA\'s', async () => {
    const out = await decide(P, { ...found(placed), alreadyRequested: ['ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:MISSING'] });
    expect(out.requiredActions.map((a) => [a.actionKey, a.responsibleAuthority])).toEqual([
      ['ep-1:RETURN_INTERVIEW', 'LEEDS'],
      ['ep-1:NOTIFY_RESPONSIBLE_AUTHORITY:FOUND', null],
    ]);
    expect(out.alerts).toEqual(['PLACED_IN_WITHOUT_NOTICE']);
  });

  it('with a placement notice on record: no notification, the RHI is still the placing LA\'s', async () => {
    const out = await decide(P, found({ ...placed, placementNoticeOnRecord: true }));
    expect(out.requiredActions.map((a) => [a.taskType, a.responsibleAuthority])).toEqual([['RETURN_INTERVIEW', 'LEEDS']]);
    expect(out.alerts).toEqual([]);
  });

  it('our own looked-after child (responsible authority is us, any case) is not "placed in"', async () => {
    const out = await decide(P, found({ ...placed, responsibleAuthority: HOME.toLowerCase() }));
    expect(out.requiredActions.map((a) => [a.taskType, a.responsibleAuthority])).toEqual([['RETURN_INTERVIEW', null]]);
  });
});

describe('our looked-after child found in another area', () => {
  it('adds the reason to the RHI when the reporting force is not ours', async () => {
    const ours = { careStatus: 'LOOKED_AFTER', responsibleAuthority: HOME, force: 'WEST_YORKSHIRE' } as const;
    // The missing report already asked for the IRO to be informed.
    const out = await decide(P, { ...found(ours), homeForces: ['NOTTINGHAMSHIRE'], alreadyRequested: ['ep-1:INFORM_IRO'] });
    expect(out.requiredActions).toEqual([
      expect.objectContaining({ taskType: 'RETURN_INTERVIEW', responsibleAuthority: null, reasons: ['return-interview', 'our-child-elsewhere'] }),
    ]);
  });

  const ours = { careStatus: 'LOOKED_AFTER', responsibleAuthority: HOME, force: 'WEST_YORKSHIRE' } as const;

  it('given the missing report from another force: the IRO is informed within 72 hours, the host authority alerted, both naming the host force', async () => {
    const out = await decide(P, { ...reported(ours), homeForces: ['NOTTINGHAMSHIRE'] });
    expect(out.requiredActions).toEqual([
      expect.objectContaining({
        actionKey: 'ep-1:INFORM_IRO',
        taskType: 'INFORM_IRO',
        deadline: { unit: 'CLOCK_HOURS', amount: 72 },
        anchorAt: MISSING_AT,
        hostForce: 'WEST_YORKSHIRE',
        reasons: ['our-child-elsewhere-iro'],
      }),
    ]);
    expect(out.alerts).toEqual(['OUR_CHILD_MISSING_ELSEWHERE']);
  });

  it('given the found, the RHI is arranged in the host area: the task names its force', async () => {
    const out = await decide(P, { ...found(ours), homeForces: ['NOTTINGHAMSHIRE'], alreadyRequested: ['ep-1:INFORM_IRO'] });
    expect(out.requiredActions[0]).toMatchObject({ taskType: 'RETURN_INTERVIEW', hostForce: 'WEST_YORKSHIRE' });
    expect(out.alerts).toEqual([]);
  });

  it('given our own force reported it, or no home forces configured, nothing is arranged elsewhere', async () => {
    for (const input of [{ ...reported({ ...ours, force: 'NOTTINGHAMSHIRE' }), homeForces: ['NOTTINGHAMSHIRE'] }, reported(ours)]) {
      const out = await decide(P, input);
      expect(out.requiredActions).toEqual([]);
      expect(out.facts.ourChildMissingElsewhere).toBe(false);
    }
  });
});

describe('a placement notice on record', () => {
  const notice = {
    id: 'pn-1',
    placingAuthority: 'LEEDS',
    placementStart: '2025-01-10',
    placementEnd: null,
    receivedAt: '2025-01-09T12:00:00.000Z',
    riskAssessmentProvided: true,
    riskManagementPlanProvided: false,
  };

  it('given the notice covering the episode, the without-notice rule does not fire and the facts show the notice', async () => {
    const out = await decide(P, reported({ careStatus: 'LOOKED_AFTER', responsibleAuthority: 'LEEDS', placementNoticeOnRecord: true, placementNotice: notice }));
    expect(out.firedRules.map((r) => r.ruleId)).not.toContain('placed-in-without-notice-missing');
    expect(out.alerts).toEqual([]);
    expect(out.facts.placementNotice).toEqual(notice);
  });
});

describe('very-low / low risk review (timer)', () => {
  const dayLater = '2025-03-04T19:00:00.000Z';

  it.each(['VERY_LOW', 'LOW'] as const)('%s still open after 24 h: REVIEW_EPISODE due at once', async (risk) => {
    const out = await decide(P, input({ now: '2025-03-04T19:02:00.000Z', trigger: timer('LOW_RISK_REVIEW'), episode: episode({ riskLevel: risk }) }));
    expect(out.requiredActions).toEqual([
      expect.objectContaining({
        actionKey: 'ep-1:REVIEW_EPISODE',
        deadline: { unit: 'CLOCK_HOURS', amount: 0 },
        anchorAt: dayLater,
        reasons: ['low-risk-review'],
      }),
    ]);
  });

  it('does nothing once the risk was raised to MEDIUM', async () => {
    const out = await decide(P, input({ now: dayLater, trigger: timer('LOW_RISK_REVIEW'), episode: episode({ riskLevel: 'MEDIUM' }) }));
    expect(out.requiredActions).toEqual([]);
  });
});

describe('out-of-order notifications', () => {
  const early = episode({ missingSince: null, foundAt: FOUND_AT });

  it('a FOUND before its MISSING_REPORTED yields exactly one RHI', async () => {
    const out = await decide(P, input({ trigger: notification('FOUND', FOUND_AT), episode: early }));
    expect(out.requiredActions.map((a) => a.actionKey)).toEqual(['ep-1:RETURN_INTERVIEW']);
    expect(out.facts.episodeDurationHours).toBeNull();
  });

  it('the late MISSING_REPORTED, with the RHI already requested, yields none', async () => {
    const out = await decide(P, {
      ...input({ trigger: notification('MISSING_REPORTED', MISSING_AT), episode: episode({ foundAt: FOUND_AT }) }),
      now: '2025-03-04T01:00:00.000Z',
      alreadyRequested: ['ep-1:RETURN_INTERVIEW'],
    });
    expect(out.requiredActions).toEqual([]);
  });
});

describe('scope and safety', () => {
  it('a person of 18 or over at the episode start is outside the protocol', async () => {
    const out = await decide(P, { ...found(), child: { dateOfBirth: '2007-03-03' } });
    expect(out.facts.childAgeYears).toBe(18);
    expect(out.requiredActions).toEqual([]);
  });

  it('a child of 17 the day before their birthday is in scope', async () => {
    const out = await decide(P, { ...found(), child: { dateOfBirth: '2007-03-04' } });
    expect(out.facts.childAgeYears).toBe(17);
    expect(types(out)).toEqual(['RETURN_INTERVIEW']);
  });

  it('an unreadable date of birth keeps the child in scope (fail towards doing the work)', async () => {
    const out = await decide(P, { ...found(), child: { dateOfBirth: 'unknown' } });
    expect(types(out)).toEqual(['RETURN_INTERVIEW']);
  });

  it('refuses to decide with an invalid profile', async () => {
    const bad = { ...P, rules: [{ ...P.rules[0], when: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } }] } as ProtocolProfile;
    await expect(decide(bad, found())).rejects.toThrow(/unknown fact "nope"/);
  });

  it('rule reasons carry no personal data: they are the profile text only', async () => {
    const out = await decide(P, found({ vulnerabilities: ['CSE'] }));
    const texts = new Set(P.rules.map((r) => r.reason));
    out.firedRules.forEach((r) => expect(texts.has(r.reason)).toBe(true));
  });

  it('is deterministic: same input, same outcome', async () => {
    const i = { ...found({ riskLevel: 'HIGH', vulnerabilities: ['CSE'] }) };
    expect(await decide(P, i)).toEqual(await decide(P, i));
  });
});
