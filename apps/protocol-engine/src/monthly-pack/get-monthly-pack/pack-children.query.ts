/**
 * Why each child is in the month's pack, one row a reason: on the monthly meeting's or the CSE
 * meeting's list at any time in the month (an entry the protocol kept, or a manager ended), or
 * graded high risk by the police in an episode that was open in the month. $1/$2 the month's instants.
 */
export const PACK_REASONS_SQL = `
  WITH month_episodes AS (
    SELECT e.id, e.child_id FROM episodes e
     WHERE e.withdrawn_at IS NULL AND COALESCE(e.missing_since, e.found_at) < $2 AND (e.found_at IS NULL OR e.found_at >= $1)
  ), reasons AS (
    SELECT m.child_id, m.list AS criterion, m.reason, m.since, m.left_at AS "leftAt"
      FROM meeting_list_entries m
     WHERE m.since < $2 AND (m.left_at IS NULL OR m.left_at >= $1)
    UNION ALL
    SELECT e.child_id, 'HIGH_RISK', 'Graded high risk by the police in the month', min(a.occurred_at), NULL
      FROM month_episodes e JOIN applied_notifications a ON a.episode_id = e.id
     WHERE a.risk_level = 'HIGH' AND a.type IN ('MISSING_REPORTED', 'RISK_UPDATED', 'FOUND') AND a.occurred_at < $2
     GROUP BY e.child_id
  )
  SELECT r.child_id AS "childId", c.given_name AS "givenName", c.family_name AS "familyName", c.date_of_birth::text AS "dateOfBirth",
         c.local_authority_id AS "localAuthorityId", r.criterion, r.reason, r.since, r."leftAt"
    FROM reasons r JOIN children c ON c.id = r.child_id
   ORDER BY c.family_name, c.given_name, r.child_id, r.since`;

/** The episodes open in the month of the children $3, with where each child was found (the last found report's place). */
export const PACK_EPISODES_SQL = `
  SELECT e.id AS "episodeId", e.child_id AS "childId", e.police_reference AS "policeReference", e.force,
         e.missing_since AS "missingSince", e.found_at AS "foundAt", e.risk_level AS "riskLevel", e.vulnerabilities,
         (SELECT NULLIF(concat_ws(', ', d.location_description, d.location_postcode), '')
            FROM applied_notifications a JOIN notification_details d ON d.ingest_id = a.ingest_id
           WHERE a.episode_id = e.id AND a.type = 'FOUND' ORDER BY a.seq DESC LIMIT 1) AS "foundLocation"
    FROM episodes e
   WHERE e.child_id = ANY($3) AND e.withdrawn_at IS NULL
     AND COALESCE(e.missing_since, e.found_at) < $2 AND (e.found_at IS NULL OR e.found_at >= $1)
   ORDER BY COALESCE(e.missing_since, e.found_at), e.id`;
