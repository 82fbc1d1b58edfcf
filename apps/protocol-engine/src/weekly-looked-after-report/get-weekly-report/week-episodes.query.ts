/**
 * Looked-after children's episodes missing at any time in [$1, $2): started before the week's end
 * and not ended before its start; withdrawn reports left out. One statement: for each episode the
 * child, the protocol's latest risk, every police grading in order, where the child was found, the
 * child's placement notices (placementNoticeCovering picks the one covering the start) and the
 * repeat count: the child's episodes starting in the $3 days up to this one's start, both edges
 * included, withdrawn ones not counted (as the protocol's episodesInWindow reckons; null $3: none).
 */
export const WEEK_EPISODES_SQL = `
  SELECT e.id, e.police_reference AS "policeReference", e.force, e.child_id AS "childId",
         c.given_name AS "givenName", c.family_name AS "familyName", c.date_of_birth::text AS "dateOfBirth",
         c.local_authority_id AS "localAuthorityId",
         e.missing_since AS "missingSince", e.found_at AS "foundAt",
         e.risk_level AS "riskLevel", d.effective_risk AS "decidedRisk", e.vulnerabilities,
         e.care_status AS "careStatus", e.responsible_authority AS "responsibleAuthority", e.missing_from AS "missingFrom",
         e.withdrawn_at AS "withdrawnAt", e.withdrawn_reason AS "withdrawnReason",
         COALESCE((SELECT json_agg(json_build_object('at', a.occurred_at, 'riskLevel', a.risk_level) ORDER BY a.seq)
                     FROM applied_notifications a
                    WHERE a.episode_id = e.id AND a.type IN ('MISSING_REPORTED', 'RISK_UPDATED', 'FOUND')), '[]') AS gradings,
         f.location_postcode AS "foundPostcode", f.location_description AS "foundDescription", f.returned_to AS "returnedTo",
         COALESCE((SELECT json_agg(json_build_object(
                            'id', n.id, 'placingAuthority', n.placing_authority, 'placementStart', n.placement_start::text,
                            'placementEnd', n.placement_end::text, 'providerName', n.provider_name, 'providerKind', n.provider_kind,
                            'riskAssessmentProvided', n.risk_assessment_provided, 'riskManagementPlanProvided', n.risk_management_plan_provided,
                            'receivedAt', n.received_at, 'recordedAt', n.recorded_at))
                     FROM placement_notices n
                    -- The child's own notices and those of records merged into it, each read by its index
                    -- (an OR across a join scanned every notice for every episode: 53 s at national volume).
                    WHERE n.child_id = ANY(ARRAY(SELECT e.child_id UNION ALL SELECT m.id FROM children m WHERE m.merged_into = e.child_id))), '[]') AS notices,
         CASE WHEN $3::int IS NULL THEN NULL ELSE (
           SELECT count(*)::int FROM episodes o
            WHERE o.child_id = e.child_id AND o.withdrawn_at IS NULL
              AND COALESCE(o.missing_since, o.found_at) BETWEEN COALESCE(e.missing_since, e.found_at) - make_interval(days => $3::int)
                                                           AND COALESCE(e.missing_since, e.found_at)) END AS "repeatCount"
    FROM episodes e
    JOIN children c ON c.id = e.child_id
    LEFT JOIN LATERAL (SELECT effective_risk FROM decisions WHERE child_id = e.child_id AND episode_id = e.id ORDER BY seq DESC LIMIT 1) d ON true
    LEFT JOIN LATERAL (
      SELECT nd.location_postcode, nd.location_description, nd.returned_to
        FROM applied_notifications a JOIN notification_details nd ON nd.ingest_id = a.ingest_id
       WHERE a.episode_id = e.id AND a.type = 'FOUND'
       ORDER BY a.seq DESC LIMIT 1) f ON true
   WHERE e.withdrawn_at IS NULL
     AND e.care_status = 'LOOKED_AFTER'
     AND COALESCE(e.missing_since, e.found_at) < $2
     AND (e.found_at IS NULL OR e.found_at >= $1)`;
