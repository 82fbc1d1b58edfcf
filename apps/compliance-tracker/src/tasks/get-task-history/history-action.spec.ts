import { historyAction } from './history-action';

describe('a task history row, in one word', () => {
  const row = (fromStatus: string | null, toStatus: string, detail: Record<string, unknown> = {}) => historyAction({ fromStatus, toStatus, detail });

  it('given the first row, then the task was created', () => {
    expect(row(null, 'OPEN', { decisionId: 'd' })).toBe('CREATED');
  });

  it('given an officer taking open work, then it was claimed, for themselves or for their cover', () => {
    expect(row('OPEN', 'CLAIMED', { role: 'CMO' })).toBe('CLAIMED');
    expect(row('OPEN', 'CLAIMED', { role: 'CMO', leaveId: 'l', coveredBy: 'cover' })).toBe('CLAIMED');
  });

  it('given an outcome kind, then an outcome was recorded, closing the task or not', () => {
    expect(row('CLAIMED', 'OFFERED', { kind: 'OFFERED' })).toBe('OUTCOME_RECORDED');
    expect(row('ACCEPTED', 'COMPLETED', { kind: 'HELD' })).toBe('OUTCOME_RECORDED');
  });

  it('given a move between assignees, then it was handed over, even when the state stays', () => {
    expect(row('CLAIMED', 'CLAIMED', { leaveId: 'l', fromAssignee: 'a', toAssignee: 'b' })).toBe('HANDED_OVER');
    expect(row('CLAIMED', 'OPEN', { leaveId: 'l', fromAssignee: 'a', toAssignee: 'TEAM_QUEUE' })).toBe('HANDED_OVER');
  });

  it("given a manager's move, then it was reassigned or unclaimed, not handed over", () => {
    expect(row('CLAIMED', 'CLAIMED', { change: 'REASSIGNED', fromAssignee: 'a', toAssignee: 'b' })).toBe('REASSIGNED');
    expect(row('OPEN', 'CLAIMED', { change: 'REASSIGNED', fromAssignee: null, toAssignee: 'b' })).toBe('REASSIGNED');
    expect(row('CLAIMED', 'OPEN', { change: 'UNCLAIMED', fromAssignee: 'a', toAssignee: 'TEAM_QUEUE' })).toBe('UNCLAIMED');
  });

  it('given a manager cancelling the work, then it was cancelled, with the reason in the details', () => {
    expect(row('CLAIMED', 'CANCELLED', { reason: 'REPORT_MADE_IN_ERROR', role: 'MANAGER' })).toBe('CANCELLED');
  });

  it('given a new episode closing the work, then it was superseded', () => {
    expect(row('OPEN', 'SUPERSEDED', { decisionId: 'd', episodeId: 'e' })).toBe('SUPERSEDED');
  });

  it("given the child's two records merged, then the task moved to the surviving record, its status unchanged", () => {
    expect(row('OFFERED', 'OFFERED', { change: 'CHILD_MERGED', mergeId: 'm-1', mergedChildId: 'c-1', survivorChildId: 'c-2' })).toBe('CHILD_MERGED');
  });

  it("given the child's personal data erased, then the task says so, its status unchanged", () => {
    expect(row('COMPLETED', 'COMPLETED', { change: 'CHILD_ERASED', erasureId: 'e-1' })).toBe('CHILD_ERASED');
  });

  it('given its CME case closed, then the task closed with the case, the outcome the case reached', () => {
    expect(row('CLAIMED', 'COMPLETED', { change: 'CME_CASE_CLOSED', cmeCaseId: 'c-1', caseReference: 'CME-2026-000042', caseOutcome: 'ON_ROLL_ELSEWHERE' })).toBe('CME_CASE_CLOSED');
  });
});
