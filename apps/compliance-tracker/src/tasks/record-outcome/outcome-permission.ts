/**
 * Who may record an outcome on a task, pure: the officer holding it, or a manager. Work nobody
 * holds (in the team queue) is anyone's in the team to record. Roles without casework never
 * reach here (the endpoint admits CMO and MANAGER only).
 */
import type { OfficerRole } from '../../staff-auth/officer.entity';

export type OutcomePermission = { ok: true } | { ok: false; holder: string };

export function mayRecordOutcome(task: { assignee: string | null }, actor: { username: string; role: OfficerRole }): OutcomePermission {
  if (actor.role === 'MANAGER' || task.assignee === null || task.assignee === actor.username) return { ok: true };
  return { ok: false, holder: task.assignee };
}
