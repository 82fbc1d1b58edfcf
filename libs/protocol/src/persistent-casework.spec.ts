/** What the persistent-missing threshold asks for besides the meeting (issue 13), given / when / then. */
import { DEFAULT_PROFILE as P, decide, windowThreshold } from './index';
import type { CareStatus } from '@homeward/contracts';
import { episode, input, notification, pastEpisode } from './testing/builders';

const AT = '2025-03-03T19:00:00.000Z';
const history = [pastEpisode('ep-a', '2025-01-05T10:00:00.000Z'), pastEpisode('ep-b', '2025-02-01T10:00:00.000Z')];
const third = (careStatus: CareStatus, others = history) =>
  decide(P, { ...input({ trigger: notification('MISSING_REPORTED', AT), episode: episode({ careStatus }) }), otherEpisodes: others });

describe('given a child meeting the persistent criteria', () => {
  it('when not open to social care (care status NOT_KNOWN), then the duty and referral team is consulted within 1 working day', async () => {
    const out = await third('NOT_KNOWN');
    expect(out.requiredActions.find((a) => a.taskType === 'DUTY_AND_REFERRAL_CONSULTATION')).toEqual({
      actionKey: 'ep-1:DUTY_AND_REFERRAL_CONSULTATION',
      taskType: 'DUTY_AND_REFERRAL_CONSULTATION',
      priority: 'PRIORITY',
      deadline: { unit: 'WORKING_DAYS', amount: 1 },
      anchorAt: AT,
      responsibleAuthority: null,
      reasons: ['persistent-not-open-to-social-care'],
    });
  });

  it.each(['LOOKED_AFTER', 'CHILD_PROTECTION_PLAN', 'CHILD_IN_NEED'] as const)('when open to social care (%s), then no consultation', async (status) => {
    expect((await third(status)).requiredActions.map((a) => a.taskType)).not.toContain('DUTY_AND_REFERRAL_CONSULTATION');
  });

  it('when only the second episode in the window, then no consultation', async () => {
    expect((await third('NOT_KNOWN', history.slice(1))).requiredActions).toEqual([]);
  });

  it('then the risk-management follow-up is marked for the allocated worker, and the meeting is not', async () => {
    const out = await third('CHILD_IN_NEED');
    expect(out.requiredActions.find((a) => a.taskType === 'RISK_MANAGEMENT_FOLLOW_UP')).toMatchObject({ assignTo: 'ALLOCATED_WORKER' });
    expect(out.requiredActions.find((a) => a.taskType === 'MULTI_AGENCY_MEETING')).not.toHaveProperty('assignTo');
  });
});

describe('given the listing rules of the default profile', () => {
  it('when reading the persistent rule, then a child stays listed while 90 days hold 3 episodes', () => {
    expect(windowThreshold(P.rules.find((r) => r.id === 'persistent-missing')!)).toEqual({ days: 90, episodes: 3 });
  });

  it('when reading the exploitation rule, then it counts no window', () => {
    expect(windowThreshold(P.rules.find((r) => r.id === 'exploitation')!)).toBeNull();
  });
});
