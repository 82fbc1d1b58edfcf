import type { FieldProblem } from '@homeward/platform';
import type { LeaveStatus } from '../leave-status';

export interface LeaveAsItStands {
  officer: string;
  status: LeaveStatus;
  startsAt: Date;
}

export interface LeaveAsChanged {
  startsAt: Date;
  endsAt: Date;
  /** undefined: unchanged; null: the team queue. */
  cover: string | null | undefined;
}

/**
 * What a change may not do, field by field: move the start of leave already under way, end
 * before it starts, end in the past while under way (that is a cancellation), or have the
 * officer cover themselves.
 */
export function leaveChangeProblems(current: LeaveAsItStands, next: LeaveAsChanged, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const underWay = current.status === 'IN_PROGRESS';
  if (underWay && next.startsAt.getTime() !== current.startsAt.getTime()) {
    problems.push({ field: 'startsAt', reason: 'the leave has started: its start cannot change' });
  }
  if (next.endsAt <= next.startsAt) problems.push({ field: 'endsAt', reason: 'endsAt must be after startsAt' });
  else if (underWay && next.endsAt <= now) problems.push({ field: 'endsAt', reason: 'the leave is under way: endsAt must be in the future (cancel the leave to end it now)' });
  if (next.cover === current.officer) problems.push({ field: 'coverUsername', reason: 'an officer cannot cover their own leave' });
  return problems;
}
