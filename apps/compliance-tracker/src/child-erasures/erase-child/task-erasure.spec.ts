import { ERASED_POLICE_REFERENCE, erasedCreationDetail, erasedTask, erasureHistoryDetail } from './task-erasure';

describe("a task of a child whose personal data is erased", () => {
  it('given a held interview with a summary, when erased, then the reference, reasons and summary go and every counted fact stays', () => {
    const outcome = { result: 'HELD' as const, offeredAt: '2026-11-01T09:00:00Z', offeredHow: 'PHONE', acceptedAt: '2026-11-01T10:00:00Z', heldAt: '2026-11-02T14:00:00Z', interviewerIndependent: true };
    expect(erasedTask({ policeReference: 'NT/26/0001', reasons: ['return-interview', 'exploitation'], outcome, outcomeSummary: 'Said she stayed with a man called…' })).toEqual({
      policeReference: ERASED_POLICE_REFERENCE,
      reasons: [],
      outcome,
      outcomeSummary: null,
    });
  });

  it("given a meeting held with agreed actions, when erased, then the actions go and the agencies and held time stay", () => {
    const erased = erasedTask({ policeReference: 'NT/26/0002', reasons: ['multi-agency-meeting'], outcome: { heldAt: '2026-11-03T10:00:00Z', attendeeAgencies: ['POLICE'], actions: ['Move her away from Leeds'] } });
    expect(erased.outcome).toEqual({ heldAt: '2026-11-03T10:00:00Z', attendeeAgencies: ['POLICE'] });
  });

  it('given a not-offered interview, when erased, then the result and its enumerated reason stay for the figures', () => {
    expect(erasedTask({ policeReference: 'R', reasons: [], outcome: { result: 'NOT_OFFERED', notOfferedReason: 'CHILD_MOVED_AWAY' } }).outcome).toEqual({ result: 'NOT_OFFERED', notOfferedReason: 'CHILD_MOVED_AWAY' });
  });

  it('given open work with no outcome yet, when erased, then its outcome stays empty', () => {
    expect(erasedTask({ policeReference: 'R', reasons: ['return-interview'], outcome: {} }).outcome).toEqual({});
    expect(erasedTask({ policeReference: 'R', reasons: [], outcome: null }).outcome).toEqual({});
  });

  it("given the task's creation entry, when erased, then its reasons go and the decision and addressee stay", () => {
    const addressedTo = { staffId: 'sw-1', role: 'ALLOCATED_WORKER' };
    expect(erasedCreationDetail({ decisionId: 'd-1', reasons: ['exploitation'], addressedTo })).toEqual({ decisionId: 'd-1', addressedTo });
    expect(erasedCreationDetail({ decisionId: 'd-1' })).toEqual({ decisionId: 'd-1' });
  });

  it('given an erasure, then the history entry names it and nothing else', () => {
    expect(erasureHistoryDetail('e-1')).toEqual({ change: 'CHILD_ERASED', erasureId: 'e-1' });
  });
});
