import type { TaskType } from '@homeward/contracts';
import type { TaskOutcome } from '../src/tasks/task.entity';

const DUE = '2025-10-04T10:00:00.000Z';
const BEFORE = '2025-10-03T10:00:00.000Z';
const AFTER = '2025-10-05T10:00:00.000Z';

export interface ComplianceCase {
  name: string;
  type: TaskType;
  dueAt: Date;
  outcome: TaskOutcome;
  compliant: boolean;
}

const at = (type: TaskType, name: string, outcome: TaskOutcome, compliant: boolean): ComplianceCase => ({ name, type, dueAt: new Date(DUE), outcome, compliant });

/** The Board's rule by example: the pure spec and the SQL spec both hold every case. */
export const COMPLIANCE_CASES: ComplianceCase[] = [
  at('RETURN_INTERVIEW', 'an RHI offered in time and held late', { offeredAt: BEFORE, heldAt: AFTER, result: 'HELD' }, true),
  at('RETURN_INTERVIEW', 'an RHI offered at the deadline itself and declined', { offeredAt: DUE, result: 'DECLINED' }, true),
  at('RETURN_INTERVIEW', 'an RHI offered late, held', { offeredAt: AFTER, heldAt: AFTER, result: 'HELD' }, false),
  at('RETURN_INTERVIEW', 'an RHI offered in time, later recorded as not offered', { offeredAt: BEFORE, result: 'NOT_OFFERED', notOfferedReason: 'CHILD_IN_CUSTODY' }, false),
  at('RETURN_INTERVIEW', 'an RHI never offered', { result: 'NOT_OFFERED' }, false),
  at('MULTI_AGENCY_MEETING', 'a meeting held by its deadline', { heldAt: BEFORE, result: 'HELD' }, true),
  at('STRATEGY_DISCUSSION', 'a strategy discussion held late', { heldAt: AFTER, result: 'HELD' }, false),
  at('REVIEW_EPISODE', 'other work done in time', { doneAt: BEFORE, result: 'DONE' }, true),
  at('NOTIFY_RESPONSIBLE_AUTHORITY', 'other work done late', { doneAt: AFTER, result: 'DONE' }, false),
  at('RISK_MANAGEMENT_FOLLOW_UP', 'other work with nothing recorded', {}, false),
];
