import type { TaskDeadlineEventV1 } from '@homeward/contracts';
import { AlertingKinds } from '@homeward/routing';
import { decisionSummary, erasedSummary, taskSummary } from './summaries';

const task = {
  taskId: 't-1',
  taskType: 'RETURN_INTERVIEW',
  priority: 'PRIORITY',
  dueAt: '2026-10-05T09:00:00Z',
  policeReference: 'NT/26/004512',
} as unknown as TaskDeadlineEventV1;

describe('what a task alert says', () => {
  it('given a deadline reminder, then the work, its priority and when it is due in London time', () => {
    expect(taskSummary('TASK_REMINDER', task)).toBe('A task deadline is approaching: return home interview, priority, due 2026-10-05T10:00:00+01:00 London time (police reference NT/26/004512)');
  });

  it("given the chase of a placing authority's reply, then it says what is awaited from whom, not the task's deadline", () => {
    const chase = { ...task, placingAuthorityRequestId: 'r-1' };
    expect(taskSummary('TASK_REMINDER', chase)).toBe(
      'No reply yet from the placing authority to the request for its CSE risk assessment and risk management plan: chase it, on the return home interview task (police reference NT/26/004512)',
    );
    expect(taskSummary('TASK_ESCALATED', chase)).toMatch(/^The placing authority has still not sent .*escalated to you, on the return home interview task/);
  });

  it('given a CME task, then its work and its case reference, with no police reference', () => {
    const cme = {
      ...task,
      taskType: 'CME_ENQUIRIES',
      priority: 'NORMAL',
      policeReference: null,
      subject: { kind: 'CME_CASE', caseId: 'c-1', caseReference: 'CME-2026-000042', childKey: 'k' },
    } as unknown as TaskDeadlineEventV1;
    expect(taskSummary('TASK_OVERDUE', cme)).toBe('A task has passed its deadline: CME enquiries, due 2026-10-05T10:00:00+01:00 London time (CME case CME-2026-000042)');
  });
});

describe('what a decision alert says', () => {
  it('given a HIGH-risk alert for a child the police graded HIGH, then the plain words', () => {
    expect(decisionSummary('HIGH_RISK', 'NT/26/1', { policeRiskLevel: 'HIGH', riskRaisedBy: [] })).toBe(
      'Child reported missing at HIGH risk: strategy discussion required within 24 hours (police reference NT/26/1)',
    );
  });

  it('given a child graded LOW whom an exploitation flag raised to HIGH, then it says the grading, that the protocol raised it, and by which rule', () => {
    const raisedBy = [{ ruleId: 'exploitation', reason: 'CSE or CCE flag: risk raised to at least HIGH' }];
    expect(decisionSummary('HIGH_RISK', 'NT/26/2', { policeRiskLevel: 'LOW', riskRaisedBy: raisedBy })).toBe(
      'Missing child at HIGH risk, graded LOW by the police and raised by the protocol (exploitation): strategy discussion required within 24 hours (police reference NT/26/2)',
    );
  });

  it('given our child reported elsewhere, then it names the reporting force', () => {
    expect(decisionSummary('OUR_CHILD_MISSING_ELSEWHERE', 'WY/26/3', { force: 'WYP' })).toMatch(/\(police reference WY\/26\/3, reported by WYP\)$/);
  });
});

describe("what an erased child's alert says", () => {
  it('given a HIGH-risk alert, then its kind in the usual words and that the details were erased, with no reference', () => {
    expect(erasedSummary('HIGH_RISK')).toBe('Child reported missing at HIGH risk: strategy discussion required within 24 hours (details erased on a data protection request)');
  });

  it('given a task alert, then the kind of task alert only: no task, priority, due date or police reference', () => {
    expect(erasedSummary('TASK_OVERDUE')).toBe('A task has passed its deadline (details erased on a data protection request)');
  });

  it('given every kind, then none says a police reference and each says what kind it was', () => {
    for (const kind of AlertingKinds) {
      expect(erasedSummary(kind)).not.toMatch(/police reference/);
      expect(erasedSummary(kind).length).toBeGreaterThan('(details erased on a data protection request)'.length);
    }
  });
});
