/** Every police grading of episode `e`, in the order applied (withdrawals and corrections say nothing about the episode). */
export const GRADINGS_OF_EPISODE = `ARRAY(SELECT a.risk_level FROM applied_notifications a WHERE a.episode_id = e.id AND a.type IN ('MISSING_REPORTED', 'RISK_UPDATED', 'FOUND') ORDER BY a.seq)`;

/**
 * Our looked-after children's episodes that may fall in a collection year: not withdrawn, looked
 * after with this authority responsible (as the protocol's ourLookedAfter reads it: care status
 * LOOKED_AFTER and the responsible authority this LA's code, case and spaces aside); children
 * placed here by others are theirs to return. $1 the home authority, $2/$3 a generous instant
 * window (the exact London-date window is missingRowsFor's).
 */
export const RETURN_EPISODES_SQL = `
  SELECT e.id AS "episodeId", e.police_reference AS "policeReference", e.force, e.child_id AS "childId",
         e.missing_since AS "missingSince", e.found_at AS "foundAt",
         c.local_authority_id AS "localAuthorityId", c.date_of_birth::text AS "dateOfBirth",
         ${GRADINGS_OF_EPISODE} AS gradings,
         k.kind, k.set_by AS "setBy", k.set_at AS "setAt"
    FROM episodes e
    JOIN children c ON c.id = e.child_id
    LEFT JOIN LATERAL (SELECT s.kind, s.set_by, s.set_at FROM ssda903_absence_kinds s WHERE s.episode_id = e.id ORDER BY s.seq DESC LIMIT 1) k ON true
   WHERE e.withdrawn_at IS NULL
     AND e.care_status = 'LOOKED_AFTER'
     AND upper(btrim(e.responsible_authority)) = upper(btrim($1))
     AND COALESCE(e.missing_since, e.found_at) < $3
     AND (e.found_at IS NULL OR e.found_at >= $2)`;
