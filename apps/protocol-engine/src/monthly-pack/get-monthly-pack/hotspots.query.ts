/**
 * Places where children were last seen or found more than once in the month, by postcode
 * district (the outward code: all but the last three characters of a full postcode, or the
 * whole of one the police gave only that much of) and by
 * described place (lower case, punctuation and repeated spaces taken out), with the month
 * before's count for the change. Withdrawn episodes don't count. $1 the month before's start,
 * $2 the month's start, $3 its end.
 */
export const HOTSPOTS_SQL = `
  WITH reported AS (
    SELECT a.occurred_at >= $2 AS "inMonth", a.type = 'FOUND' AS found, d.child_id, d.episode_id,
           regexp_replace(upper(d.location_postcode), '[^A-Z0-9]', '', 'g') AS postcode,
           btrim(regexp_replace(lower(d.location_description), '[^a-z0-9]+', ' ', 'g')) AS place,
           btrim(d.location_description) AS described
      FROM notification_details d
      JOIN applied_notifications a ON a.ingest_id = d.ingest_id
      JOIN episodes e ON e.id = d.episode_id AND e.withdrawn_at IS NULL
     WHERE a.occurred_at >= $1 AND a.occurred_at < $3 AND a.type IN ('MISSING_REPORTED', 'RISK_UPDATED', 'FOUND')
  ), located AS (
    SELECT r.*, CASE WHEN postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$' THEN left(postcode, length(postcode) - 3)
                     WHEN postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$' THEN postcode END AS district
      FROM reported r
  ), keyed AS (
    SELECT 'POSTCODE_DISTRICT' AS "by", district AS key, district AS label, "inMonth", found, child_id, episode_id FROM located WHERE district IS NOT NULL
    UNION ALL
    SELECT 'PLACE', place, described, "inMonth", found, child_id, episode_id FROM located WHERE place <> ''
  )
  SELECT k."by", k.key,
         mode() WITHIN GROUP (ORDER BY k.label) FILTER (WHERE k."inMonth") AS label,
         count(*) FILTER (WHERE k."inMonth")::int AS reports,
         count(*) FILTER (WHERE k."inMonth" AND k.found)::int AS "foundReports",
         count(*) FILTER (WHERE k."inMonth" AND NOT k.found)::int AS "lastSeenReports",
         count(*) FILTER (WHERE NOT k."inMonth")::int AS "reportsMonthBefore",
         count(DISTINCT k.episode_id) FILTER (WHERE k."inMonth")::int AS episodes,
         json_agg(DISTINCT jsonb_build_object('childId', c.id, 'givenName', c.given_name, 'familyName', c.family_name)) FILTER (WHERE k."inMonth") AS children
    FROM keyed k JOIN children c ON c.id = k.child_id
   GROUP BY k."by", k.key
  HAVING count(*) FILTER (WHERE k."inMonth") >= 2
   ORDER BY k."by" DESC, reports DESC, k.key`;
