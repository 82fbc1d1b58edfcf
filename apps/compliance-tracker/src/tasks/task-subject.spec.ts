import { taskMessageKey, taskSubject } from './task-subject';

describe("what a task is about, and what keys its events", () => {
  const episodeWork = { subjectKind: 'MISSING_EPISODE' as const, childId: 'child-1', episodeId: 'episode-1', policeReference: 'NT/26/0001', cmeCaseId: null, caseReference: null, childKey: null };
  const cmeWork = { subjectKind: 'CME_CASE' as const, childId: null, episodeId: null, policeReference: null, cmeCaseId: 'case-1', caseReference: 'CME-2026-000042', childKey: 'k-1' };

  it('given missing-episode work, then the episode, keyed by the child id', () => {
    expect(taskSubject(episodeWork)).toEqual({ kind: 'MISSING_EPISODE', episodeId: 'episode-1', childId: 'child-1', policeReference: 'NT/26/0001' });
    expect(taskMessageKey(episodeWork)).toBe('child-1');
  });

  it("given CME work, then the case, keyed by the child's hash", () => {
    expect(taskSubject(cmeWork)).toEqual({ kind: 'CME_CASE', caseId: 'case-1', caseReference: 'CME-2026-000042', childKey: 'k-1' });
    expect(taskMessageKey(cmeWork)).toBe('k-1');
  });
});
