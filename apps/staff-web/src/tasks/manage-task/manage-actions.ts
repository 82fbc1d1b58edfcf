/**
 * What a manager may do to a task from its page, pure: give it to another officer, put it back in
 * the team queue (when someone holds it) and cancel it, while the work is open. compliance-tracker
 * checks the same (MANAGER only) and has the last word.
 */
import type { OfficerView } from '../../data/compliance-tracker.types';

const OPEN = ['OPEN', 'CLAIMED', 'OFFERED', 'ACCEPTED'];

export interface ManageActions {
  reassign: string;
  unclaim: boolean;
  cancel: string;
}

export function managesQueue(user: { role: string }, task: { id: string; status: string; assignee: string | null }): ManageActions | undefined {
  if (user.role !== 'MANAGER' || !OPEN.includes(task.status)) return undefined;
  return { reassign: `/tasks/${task.id}/reassign`, unclaim: task.assignee !== null, cancel: `/tasks/${task.id}/cancel` };
}

/** Whom a task can be given to: active CMOs and managers, the one holding it left out. */
export function holdersFor(officers: readonly OfficerView[], assignee: string | null): OfficerView[] {
  return officers.filter((o) => !o.disabled && (o.role === 'CMO' || o.role === 'MANAGER') && o.username !== assignee);
}

/** compliance-tracker's CancelReasons, in words. */
export const CANCEL_REASONS: Record<string, { text: string; hint?: string }> = {
  REPORT_MADE_IN_ERROR: { text: 'The police report was made in error' },
  DUPLICATE: { text: 'It duplicates work already in the queue' },
  CHILD_MOVED_AWAY: { text: 'The child has moved to another authority', hint: 'That authority now does the work' },
  NOT_REQUIRED: { text: 'The work is not needed', hint: 'For example, another agency has already done it' },
  // The police's own reasons when they withdraw a report (cancelled by the system, shown in history).
  MADE_IN_ERROR: { text: 'The police withdrew the report: made in error' },
  DUPLICATE_REPORT: { text: 'The police withdrew the report: a duplicate' },
  NOT_MISSING: { text: 'The police withdrew the report: the child was not missing' },
};
export const MANAGER_CANCEL_REASONS = ['REPORT_MADE_IN_ERROR', 'DUPLICATE', 'CHILD_MOVED_AWAY', 'NOT_REQUIRED'];
