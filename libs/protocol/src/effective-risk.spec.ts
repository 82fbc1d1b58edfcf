/** Escalation follows the effective risk (issue 13, the Bradford escalation procedure), given / when / then. */
import { DEFAULT_PROFILE as P, decide } from './index';
import type { ProtocolProfile } from './index';
import { episode, input, notification } from './testing/builders';

const AT = '2025-03-03T19:00:00.000Z';
const reported = (overrides: Parameters<typeof episode>[0]) => input({ trigger: notification('MISSING_REPORTED', AT), episode: episode(overrides) });

describe('given a child with an exploitation flag graded below HIGH by the police', () => {
  it.each(['CSE', 'CCE'] as const)('when %s is reported at LOW, then the decision escalates on the effective HIGH and says why', async (flag) => {
    const out = await decide(P, reported({ riskLevel: 'LOW', vulnerabilities: [flag] }));
    expect(out).toMatchObject({ policeRisk: 'LOW', effectiveRisk: 'HIGH', facts: { riskRank: 1, effectiveRiskRank: 3 } });
    expect(out.riskRaisedBy).toEqual([{ ruleId: 'exploitation', reason: expect.stringContaining('CSE or CCE flag') }]);
    expect(out.alerts).toContain('HIGH_RISK');
    expect(out.firedRules.map((r) => r.ruleId)).toContain('effective-high-risk');
    // One strategy discussion, however many rules ask for it.
    expect(out.requiredActions.filter((a) => a.taskType === 'STRATEGY_DISCUSSION')).toHaveLength(1);
  });

  it('when the strategy discussion was already asked for (a second update), then no second escalation', async () => {
    const out = await decide(P, {
      ...input({ trigger: notification('RISK_UPDATED', AT), episode: episode({ riskLevel: 'MEDIUM', vulnerabilities: ['CSE'] }) }),
      alreadyRequested: ['ep-1:STRATEGY_DISCUSSION'],
    });
    expect(out.effectiveRisk).toBe('HIGH');
    expect(out.alerts).toEqual([]);
  });

  it('when the child is found, then the effective risk stays HIGH but nothing escalates', async () => {
    const found = '2025-03-04T10:00:00.000Z';
    const out = await decide(P, {
      ...input({ trigger: notification('FOUND', found), episode: episode({ foundAt: found, vulnerabilities: ['CSE'] }) }),
      alreadyRequested: ['ep-1:STRATEGY_DISCUSSION'],
    });
    expect(out.effectiveRisk).toBe('HIGH');
    expect(out.alerts).not.toContain('HIGH_RISK');
  });
});

describe('given the police grading alone', () => {
  it('when graded HIGH, then the high-risk rule escalates and the risk was raised by nothing', async () => {
    const out = await decide(P, reported({ riskLevel: 'HIGH', vulnerabilities: ['CSE'] }));
    expect(out).toMatchObject({ policeRisk: 'HIGH', effectiveRisk: 'HIGH', riskRaisedBy: [] });
    expect(out.firedRules.map((r) => r.ruleId)).not.toContain('effective-high-risk');
  });

  it('when graded LOW without a flag, then no escalation', async () => {
    const out = await decide(P, reported({ riskLevel: 'LOW' }));
    expect(out).toMatchObject({ policeRisk: 'LOW', effectiveRisk: 'LOW', riskRaisedBy: [], alerts: [] });
  });
});

describe('given a profile whose rule reads the effective risk', () => {
  it('when a flag raises the risk only to MEDIUM, then a rule wanting HIGH does not fire', async () => {
    const profile = structuredClone(P) as ProtocolProfile;
    profile.version = 'medium-floor';
    profile.rules.find((r) => r.id === 'exploitation')!.then.raiseRiskTo = 'MEDIUM';
    const out = await decide(profile, reported({ riskLevel: 'LOW', vulnerabilities: ['CSE'] }));
    expect(out).toMatchObject({ effectiveRisk: 'MEDIUM', facts: { effectiveRiskRank: 2 } });
    expect(out.alerts).not.toContain('HIGH_RISK');
  });
});
