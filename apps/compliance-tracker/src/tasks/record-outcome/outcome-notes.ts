import type { FieldProblem } from '@homeward/platform';
import type { RecordOutcomeDto } from './record-outcome.dto';

/**
 * The free text an outcome carries. A held interview needs its summary, except once the child's
 * personal data is erased: then no new text about them is kept, and the task can still be
 * finished (its facts count in the figures). What was typed is refused, naming the field,
 * rather than dropped unseen.
 */
export function outcomeNotesProblems(task: { erasedAt: Date | null }, outcome: Pick<RecordOutcomeDto, 'kind' | 'summary' | 'actions'>): FieldProblem[] {
  if (!task.erasedAt) {
    return outcome.kind === 'HELD' && !outcome.summary?.trim() ? [{ field: 'summary', reason: 'summary must say what was learned at the interview' }] : [];
  }
  const reason = `this child's personal data was erased on ${task.erasedAt.toISOString().slice(0, 10)}: record the outcome without it`;
  return [
    ...(outcome.summary?.trim() ? [{ field: 'summary', reason }] : []),
    ...(outcome.actions?.some((action) => action.trim()) ? [{ field: 'actions', reason }] : []),
  ];
}
