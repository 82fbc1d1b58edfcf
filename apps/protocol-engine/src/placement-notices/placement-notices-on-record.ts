import type { EntityManager } from 'typeorm';
import type { PlacementNotice } from './placement-notice.entity';

/**
 * The placement notices on record for children, newest first, with those recorded against a
 * record later merged into one of them (a notice sent before the LA id was known, say).
 */
export function placementNoticesOf(em: EntityManager, childIds: readonly string[]): Promise<PlacementNotice[]> {
  if (childIds.length === 0) return Promise.resolve([]);
  return em.query(
    `SELECT n.id, COALESCE(c.merged_into, n.child_id) AS "childId", n.sender, n.notice_id AS "noticeId",
            n.placing_authority AS "placingAuthority", n.placement_start::text AS "placementStart",
            n.placement_end::text AS "placementEnd", n.provider_name AS "providerName", n.provider_kind AS "providerKind",
            n.risk_assessment_provided AS "riskAssessmentProvided", n.risk_management_plan_provided AS "riskManagementPlanProvided",
            n.received_at AS "receivedAt", n.recorded_at AS "recordedAt"
       FROM placement_notices n LEFT JOIN children c ON c.id = n.child_id
      WHERE n.child_id = ANY($1) OR c.merged_into = ANY($1)
      ORDER BY n.received_at DESC`,
    [[...childIds]],
  );
}
