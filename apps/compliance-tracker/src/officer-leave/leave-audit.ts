import { EntityManager } from 'typeorm';

export const LeaveAuditActions = ['RECORDED', 'CHANGED', 'CANCELLED'] as const;
export type LeaveAuditAction = (typeof LeaveAuditActions)[number];

export interface LeaveAuditEntry {
  leaveId: string;
  at: Date;
  actor: string;
  action: LeaveAuditAction;
  /** Instants and usernames only, before and after. */
  detail: Record<string, unknown>;
}

/** Who recorded, changed or cancelled a leave, and what it was before: in the caller's transaction. */
export function appendLeaveAudit(em: EntityManager, e: LeaveAuditEntry): Promise<unknown> {
  return em.query(`INSERT INTO officer_leave_audit (leave_id, at, actor, action, detail) VALUES ($1, $2, $3, $4, $5)`, [
    e.leaveId,
    e.at,
    e.actor,
    e.action,
    JSON.stringify(e.detail),
  ]);
}
