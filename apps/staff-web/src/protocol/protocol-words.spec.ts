import { protocolVersions, whatIfAnswer } from '../testing/protocol-fixtures';
import { actionText, differenceRow, ruleEffects, versionCard } from './protocol-words';

describe('the protocol in words', () => {
  it('given a task a decision asks for, then its type, priority and deadline', () => {
    expect(actionText({ taskType: 'STRATEGY_DISCUSSION', priority: 'URGENT', deadline: { unit: 'WORKING_DAYS', amount: 1 } })).toBe('Strategy discussion, urgent, within 1 working day');
  });

  it('given a rule, then each thing it does', () => {
    const [, active] = protocolVersions();
    const rule = active.profile.rules.find((r) => r.id === 'return-interview')!;
    expect(ruleEffects(rule)).toEqual(['Task: Return interview, normal, within 72 clock hours from when the child was found; the placing authority does it for a child it placed here']);
    expect(ruleEffects({ id: 'x', reason: '', when: {}, then: { raiseRiskTo: 'HIGH', alerts: ['EXPLOITATION'], supersedePrevious: ['RETURN_INTERVIEW'] } })).toEqual([
      'Raises the risk to at least high',
      'Raises alerts: exploitation',
      'Replaces open work of the previous episode: return interview',
    ]);
  });

  it('given a version, then its title, state and facts in London time', () => {
    const card = versionCard(protocolVersions()[2], (iso) => `at ${iso}`);
    expect(card).toMatchObject({ title: 'nscb-2025-1: NSCB 2025', state: { text: 'Retired' } });
    expect(card.facts).toContainEqual({ label: 'Replaced on', value: 'at 2026-03-31T23:00:00Z' });
  });

  it('given a difference, then what was decided beside what would be, rules included', () => {
    const [, , removed] = whatIfAnswer('a', 'b').differences;
    expect(differenceRow(removed)).toMatchObject({
      policeReference: 'NT/26/005102',
      notification: 'Reported missing',
      decided: ['Multi-agency meeting, normal, within 5 working days', 'Rule persistent-missing fired'],
      wouldDecide: ['Would not ask for it'],
    });
  });

  it('given a difference on a timer falling due, then it is named as the timer, not as a notification', () => {
    const [first] = whatIfAnswer('a', 'b').differences;
    const timer = { ...first, cause: { kind: 'timer' as const, timerId: 't-1', timer: 'LOW_RISK_REVIEW' }, ingestId: undefined, type: 'LOW_RISK_REVIEW' };
    expect(differenceRow(timer).notification).toBe('Low-risk review timer');
  });
});
