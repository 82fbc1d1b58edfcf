import type { TaskOutcome } from '../../tasks/task.entity';

/** What an erased task's police reference reads: the reference is the police's key to the child. */
export const ERASED_POLICE_REFERENCE = '[erased]';

export interface ErasableTask {
  policeReference: string | null;
  reasons: string[];
  outcome: TaskOutcome | null;
  outcomeSummary?: string | null;
}

export type ErasedTaskValues = { policeReference: string; reasons: string[]; outcome: TaskOutcome; outcomeSummary: null };

/**
 * A task of an erased child keeps what the compliance figures and the DfE return count (its
 * type, status, anchor, deadline, the outcome's result, instants and enumerated reasons) and
 * loses what identifies or describes the child: the police reference, the protocol's reasons
 * (a rule id such as `exploitation` says CSE/CCE), the interview summary and the meeting's
 * agreed actions (free text staff typed).
 */
export function erasedTask(task: ErasableTask): ErasedTaskValues {
  const { actions: _actions, ...outcome } = task.outcome ?? {};
  return { policeReference: ERASED_POLICE_REFERENCE, reasons: [], outcome, outcomeSummary: null };
}

/** The creation entry of an erased task's history, without the reasons it copied from the task. */
export function erasedCreationDetail(detail: Record<string, unknown>): Record<string, unknown> {
  const { reasons: _reasons, ...kept } = detail;
  return kept;
}

/** The history entry saying the task was erased, and by which erasure (protocol-engine's audit row). */
export function erasureHistoryDetail(erasureId: string): Record<string, unknown> {
  return { change: 'CHILD_ERASED', erasureId };
}
