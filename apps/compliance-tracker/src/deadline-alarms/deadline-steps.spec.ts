import { ladderPolicy, namedOfficer, planDeadlineSteps } from './deadline-steps';

const policy = { reminderBeforeHours: 24, escalateTeamManagerAfterHours: 24, escalateServiceManagerAfterHours: 48 };
const iso = (steps: ReturnType<typeof planDeadlineSteps>) => steps.map((s) => [s.step, s.dueAt.toISOString()]);

describe('the alarm ladder of a deadline', () => {
  it('given a return interview due in 72 h, reminds 24 h before, marks overdue at the deadline, then escalates at +24 h and +48 h', () => {
    const steps = planDeadlineSteps(new Date('2025-10-06T08:00:00Z'), new Date('2025-10-03T08:00:00Z'), policy);
    expect(iso(steps)).toEqual([
      ['reminder', '2025-10-05T08:00:00.000Z'],
      ['overdue', '2025-10-06T08:00:00.000Z'],
      ['escalation-1', '2025-10-07T08:00:00.000Z'],
      ['escalation-2', '2025-10-08T08:00:00.000Z'],
    ]);
  });

  it('given a strategy discussion due in 24 h, leaves out a reminder that would fall when the task is created', () => {
    const steps = planDeadlineSteps(new Date('2025-10-04T08:00:00Z'), new Date('2025-10-03T08:00:00Z'), policy);
    expect(steps.map((s) => s.step)).toEqual(['overdue', 'escalation-1', 'escalation-2']);
  });

  it('given a service-manager interval shorter than the team manager one, never escalates to the service manager first', () => {
    const steps = planDeadlineSteps(new Date('2025-10-06T08:00:00Z'), new Date('2025-10-01T08:00:00Z'), { ...policy, escalateServiceManagerAfterHours: 12 });
    expect(steps[3].dueAt.getTime()).toBeGreaterThanOrEqual(steps[2].dueAt.getTime());
  });

  it('given an unclaimed-alert time, adds an unclaimed step that many hours after the task is set, whatever its deadline', () => {
    const steps = planDeadlineSteps(new Date('2025-10-06T08:00:00Z'), new Date('2025-10-03T08:00:00Z'), { ...policy, unclaimedAlertAfterHours: 4 });
    expect(iso(steps).slice(4)).toEqual([['unclaimed', '2025-10-03T12:00:00.000Z']]);
  });
});

describe("a task's own ladder", () => {
  const defaults = { ...policy, unclaimedAlertAfterHours: 4 };

  it("given the protocol's strategy-discussion ladder, when the 24 h discussion is set, then the reminder is 4 h before and the managers hear 1 h and 4 h after the deadline", () => {
    const ladder = { reminderBeforeHours: 4, escalateTeamManagerAfterHours: 1, escalateServiceManagerAfterHours: 4, unclaimedAlertAfterHours: 1 };
    const steps = planDeadlineSteps(new Date('2025-10-04T08:00:00Z'), new Date('2025-10-03T08:00:00Z'), ladderPolicy(ladder, defaults));
    expect(iso(steps)).toEqual([
      ['reminder', '2025-10-04T04:00:00.000Z'],
      ['overdue', '2025-10-04T08:00:00.000Z'],
      ['escalation-1', '2025-10-04T09:00:00.000Z'],
      ['escalation-2', '2025-10-04T12:00:00.000Z'],
      ['unclaimed', '2025-10-03T09:00:00.000Z'],
    ]);
  });

  it('given no ladder from the protocol, then the configured defaults apply', () => {
    expect(ladderPolicy(null, defaults)).toEqual(defaults);
  });

  it('given a ladder without its own unclaimed time, then the configured one applies', () => {
    expect(ladderPolicy({ reminderBeforeHours: 2, escalateTeamManagerAfterHours: 1, escalateServiceManagerAfterHours: 3 }, defaults)).toEqual({
      reminderBeforeHours: 2,
      escalateTeamManagerAfterHours: 1,
      escalateServiceManagerAfterHours: 3,
      unclaimedAlertAfterHours: 4,
    });
  });
});

describe('who a step names', () => {
  const contacts = { TEAM_MANAGER: 'jordan.lee', SERVICE_MANAGER: 'alex.rahman' };

  it('given an escalation, then it names the manager on its rung of the ladder', () => {
    expect(namedOfficer('TEAM_MANAGER', 'casey', contacts)).toBe('jordan.lee');
    expect(namedOfficer('SERVICE_MANAGER', 'casey', contacts)).toBe('alex.rahman');
  });

  it("given the CMO's reminder or overdue notice, then it names whoever holds the task, nobody when it is in the queue", () => {
    expect(namedOfficer('CHILDREN_MISSING_OFFICER', 'casey', contacts)).toBe('casey');
    expect(namedOfficer('CHILDREN_MISSING_OFFICER', null, contacts)).toBeUndefined();
  });

  it('given a rung nobody holds, then nobody is named (the role still hears)', () => {
    expect(namedOfficer('SERVICE_MANAGER', 'casey', { TEAM_MANAGER: 'jordan.lee' })).toBeUndefined();
  });
});
