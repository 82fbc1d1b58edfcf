export const HistoryActions = ['CREATED', 'CLAIMED', 'REASSIGNED', 'UNCLAIMED', 'HANDED_OVER', 'CHILD_MERGED', 'CHILD_ERASED', 'CME_CASE_CLOSED', 'OUTCOME_RECORDED', 'SUPERSEDED', 'CANCELLED', 'STATUS_CHANGED'] as const;
export type HistoryAction = (typeof HistoryActions)[number];

/**
 * What a history row records, in one word for the page: task_history keeps the states and a
 * detail of references, and each writer's detail says which kind of change it was.
 */
export function historyAction(row: { fromStatus: string | null; toStatus: string; detail: Record<string, unknown> }): HistoryAction {
  if (row.fromStatus === null) return 'CREATED';
  // A manager's move says which it was: a reassignment or an unclaim is no leave's hand-over.
  if (row.detail.change === 'REASSIGNED' || row.detail.change === 'UNCLAIMED' || row.detail.change === 'CHILD_MERGED' || row.detail.change === 'CHILD_ERASED') return row.detail.change;
  // The work ended because its CME case did, with the case's outcome in the detail.
  if (row.detail.change === 'CME_CASE_CLOSED') return 'CME_CASE_CLOSED';
  if (typeof row.detail.kind === 'string') return 'OUTCOME_RECORDED';
  if (row.toStatus === 'SUPERSEDED') return 'SUPERSEDED';
  if (row.toStatus === 'CANCELLED') return 'CANCELLED';
  if ('toAssignee' in row.detail) return 'HANDED_OVER';
  if (row.toStatus === 'CLAIMED' && row.fromStatus === 'OPEN') return 'CLAIMED';
  return 'STATUS_CHANGED';
}
