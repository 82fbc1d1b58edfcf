/** Reminder and escalation intervals per task type, as protocol configuration (issue 13), given / when / then. */
import { DEFAULT_PROFILE as P, decide, validateProfile } from './index';
import type { ProtocolProfile } from './index';
import { episode, input, notification } from './testing/builders';

const AT = '2025-03-03T19:00:00.000Z';
const clone = () => structuredClone(P) as ProtocolProfile;
const problemsOf = (p: unknown) => {
  const r = validateProfile(p);
  return r.ok ? [] : r.errors;
};

describe('given the default profile', () => {
  it('when a child is reported at HIGH risk, then the 24-hour strategy discussion carries its own ladder: reminder 4 h before, escalation 1 h and 4 h after', async () => {
    const out = await decide(P, input({ trigger: notification('MISSING_REPORTED', AT), episode: episode({ riskLevel: 'HIGH' }) }));
    const discussion = out.requiredActions.find((a) => a.taskType === 'STRATEGY_DISCUSSION');
    expect(discussion?.deadline).toEqual({ unit: 'CLOCK_HOURS', amount: 24 });
    expect(discussion?.alarms).toEqual({ reminderBeforeHours: 4, escalateTeamManagerAfterHours: 1, escalateServiceManagerAfterHours: 4, unclaimedAlertAfterHours: 1 });
  });

  it('when a child is found, then the return interview carries the 72-hour ladder', async () => {
    const found = '2025-03-04T10:00:00.000Z';
    const out = await decide(P, input({ trigger: notification('FOUND', found), episode: episode({ foundAt: found }) }));
    expect(out.requiredActions.find((a) => a.taskType === 'RETURN_INTERVIEW')?.alarms).toEqual({ reminderBeforeHours: 24, escalateTeamManagerAfterHours: 24, escalateServiceManagerAfterHours: 48 });
  });
});

describe('given a profile without a ladder for a task type', () => {
  it('when that work is asked for, then it carries none and the tracker uses its configured defaults', async () => {
    const profile = clone();
    delete profile.alarmLadders?.STRATEGY_DISCUSSION;
    const out = await decide(profile, input({ trigger: notification('MISSING_REPORTED', AT), episode: episode({ riskLevel: 'HIGH' }) }));
    expect(out.requiredActions.find((a) => a.taskType === 'STRATEGY_DISCUSSION')).not.toHaveProperty('alarms');
  });
});

describe('given an admin submitting ladders', () => {
  it('when one names an unknown task type, a negative or missing interval, an unknown key or escalates to the service manager first, then each problem is named', () => {
    const profile = clone() as unknown as { alarmLadders: Record<string, Record<string, unknown>> };
    profile.alarmLadders.RHI = { reminderBeforeHours: 1, escalateTeamManagerAfterHours: 1, escalateServiceManagerAfterHours: 2 };
    profile.alarmLadders.STRATEGY_DISCUSSION = { reminderBeforeHours: -1, escalateTeamManagerAfterHours: 4, escalateServiceManagerAfterHours: 1, remindAgain: 2 };
    profile.alarmLadders.RETURN_INTERVIEW = { reminderBeforeHours: 24, escalateTeamManagerAfterHours: 24 };
    expect(problemsOf(profile)).toEqual([
      { rule: 'alarmLadders.STRATEGY_DISCUSSION', problem: 'unknown key "remindAgain"' },
      { rule: 'alarmLadders.STRATEGY_DISCUSSION', problem: 'reminderBeforeHours must be a number of hours >= 0' },
      { rule: 'alarmLadders.STRATEGY_DISCUSSION', problem: 'escalateServiceManagerAfterHours must not come before escalateTeamManagerAfterHours' },
      { rule: 'alarmLadders.RETURN_INTERVIEW', problem: 'escalateServiceManagerAfterHours must be a number of hours >= 0' },
      { rule: 'alarmLadders.RHI', problem: expect.stringMatching(/^unknown task type "RHI"/) },
    ]);
  });

  it('when ladders are not an object, then that is the problem', () => {
    expect(problemsOf({ ...clone(), alarmLadders: [] })).toEqual([{ rule: 'profile', problem: 'alarmLadders must be an object of task type to ladder' }]);
  });
});
