import { EntityManager } from 'typeorm';
import { PlacingAuthorityRequestView, REPLY_CHASE_ACTOR, TrailEntryView } from './placing-authority-request.view';

/** A placing_authority_requests row as PostgreSQL returns it. */
export interface RequestRow {
  id: string;
  task_id: string;
  placing_authority: string;
  contact: string;
  contact_email: string | null;
  asked_at: Date;
  asked_by: string;
  next_chase_at: Date | null;
  reminded_at: Date | null;
  escalated_at: Date | null;
  reply_received_at: Date | null;
  reply_risk_assessment: boolean | null;
  reply_risk_management_plan: boolean | null;
  reply_recorded_by: string | null;
  reply_recorded_at: Date | null;
}

/** The request row, locked for the caller's transaction (a chase and a reply never cross). */
export async function lockRequest(em: EntityManager, id: string): Promise<RequestRow | undefined> {
  const [row] = (await em.query(`SELECT * FROM placing_authority_requests WHERE id = $1 FOR UPDATE`, [id])) as RequestRow[];
  return row;
}

export async function readRequests(em: EntityManager, where: { id: string } | { taskId: string }): Promise<PlacingAuthorityRequestView[]> {
  const [column, value] = 'id' in where ? ['id', where.id] : ['task_id', where.taskId];
  const rows = (await em.query(`SELECT * FROM placing_authority_requests WHERE ${column} = $1 ORDER BY asked_at, id`, [value])) as RequestRow[];
  return rows.map(toView);
}

function toView(r: RequestRow): PlacingAuthorityRequestView {
  const reply =
    r.reply_received_at && r.reply_recorded_by && r.reply_recorded_at
      ? {
          receivedAt: r.reply_received_at.toISOString(),
          riskAssessment: r.reply_risk_assessment === true,
          riskManagementPlan: r.reply_risk_management_plan === true,
          recordedBy: r.reply_recorded_by,
          recordedAt: r.reply_recorded_at.toISOString(),
        }
      : null;
  const trail: (TrailEntryView | null)[] = [
    { at: r.asked_at.toISOString(), event: 'ASKED', by: r.asked_by },
    r.reminded_at && { at: r.reminded_at.toISOString(), event: 'REMINDED', by: REPLY_CHASE_ACTOR },
    r.escalated_at && { at: r.escalated_at.toISOString(), event: 'ESCALATED', by: REPLY_CHASE_ACTOR },
    reply && { at: reply.receivedAt, event: 'REPLY_RECEIVED', by: reply.recordedBy },
  ];
  return {
    id: r.id,
    taskId: r.task_id,
    placingAuthority: r.placing_authority,
    contact: r.contact,
    contactEmail: r.contact_email,
    askedAt: r.asked_at.toISOString(),
    askedBy: r.asked_by,
    nextChaseAt: r.next_chase_at?.toISOString() ?? null,
    reply,
    trail: trail.filter((e): e is TrailEntryView => e !== null).sort((a, b) => a.at.localeCompare(b.at)),
  };
}
