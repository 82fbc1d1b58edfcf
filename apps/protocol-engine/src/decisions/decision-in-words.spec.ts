import { causeInWords, decisionInWords, type DecisionRowInWords } from './decision-in-words';

const NOTIFICATION = { kind: 'notification', ingestId: 'i-1', notificationId: 'N-1' } as const;

const row = (overrides: Partial<DecisionRowInWords> = {}): DecisionRowInWords => ({
  id: 'd-1',
  childId: 'c-1',
  episodeId: 'e-1',
  policeReference: 'NT/1',
  cause: NOTIFICATION,
  decidedAt: new Date('2025-06-02T06:01:00Z'),
  effectiveRisk: 'MEDIUM',
  alerts: [],
  requiredActions: [],
  firedRules: [],
  protocolVersionId: 'v-1',
  protocolVersion: 'nscb-default-1',
  protocolVersionName: 'NSCB default',
  notificationType: 'FOUND',
  ...overrides,
});

describe('a decision in words, for staff', () => {
  it('given a decision on a police notification, says which notification it answered', () => {
    expect(causeInWords(NOTIFICATION, 'MISSING_REPORTED')).toBe('Police notification: reported missing');
    expect(causeInWords(NOTIFICATION, 'FOUND')).toBe('Police notification: found');
    expect(causeInWords(NOTIFICATION, null)).toBe('Police notification: received');
  });

  it('given a decision on a time-based check, names the check', () => {
    expect(causeInWords({ kind: 'timer', timer: 'LENGTHY_EPISODE', timerId: 't-1' }, null)).toBe('Time-based check: still missing, the lengthy-episode check');
    expect(causeInWords({ kind: 'timer', timer: 'LOW_RISK_REVIEW', timerId: 't-1' }, null)).toBe('Time-based check: still missing at very low or low risk, the review of the grading');
  });

  it('given the rules that fired, gives each with its description, and the version by label and name', () => {
    const view = decisionInWords(row({ firedRules: [{ ruleId: 'return-interview', reason: 'Child found: a return interview must be offered within 72 hours of return' }] }));
    expect(view.rulesFired).toEqual([{ id: 'return-interview', description: 'Child found: a return interview must be offered within 72 hours of return' }]);
    expect(view.protocolVersion).toEqual({ id: 'v-1', version: 'nscb-default-1', name: 'NSCB default' });
  });

  it('given actions, reckons each deadline as the tasks are: 72 clock hours, or working days past a weekend', () => {
    const view = decisionInWords(
      row({
        requiredActions: [
          { actionKey: 'e-1:RETURN_INTERVIEW', taskType: 'RETURN_INTERVIEW', priority: 'PRIORITY', deadline: { unit: 'CLOCK_HOURS', amount: 72 }, anchorAt: '2025-06-13T06:00:00.000Z', responsibleAuthority: null, reasons: ['return-interview'] },
          // Friday 27 June 2025: one working day on is Monday 30 June.
          { actionKey: 'e-1:NOTIFY', taskType: 'NOTIFY_RESPONSIBLE_AUTHORITY', priority: 'PRIORITY', deadline: { unit: 'WORKING_DAYS', amount: 1 }, anchorAt: '2025-06-27T10:00:00.000Z', responsibleAuthority: 'E09000001', reasons: ['placed-in-without-notice-found'] },
        ],
      }),
    );
    expect(view.actions).toEqual([
      { type: 'RETURN_INTERVIEW', priority: 'PRIORITY', dueAt: '2025-06-16T06:00:00.000Z', reasons: ['return-interview'], responsibleAuthority: null },
      { type: 'NOTIFY_RESPONSIBLE_AUTHORITY', priority: 'PRIORITY', dueAt: '2025-06-30T10:00:00.000Z', reasons: ['placed-in-without-notice-found'], responsibleAuthority: 'E09000001' },
    ]);
  });
});
