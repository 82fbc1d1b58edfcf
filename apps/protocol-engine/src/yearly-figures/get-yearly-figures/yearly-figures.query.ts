/**
 * The year's counts in one statement, grouped in SQL by London month, by force and for the whole
 * year (GROUPING SETS, so a child counts once in each group, never summed across months).
 * $1/$2 the year's instants (London midnights on 1 April). Withdrawn episodes, and the
 * notifications on them, are counted nowhere. An episode counts from its start (the missing
 * report, or the found when that is all the police sent); a notification from its event time.
 * `nth`: the episode's place among the child's episodes starting in the year (merged children's
 * episodes have moved to the survivor, so they count as one child's).
 */
export const YEARLY_FIGURES_SQL = `
  WITH year_episodes AS (
    SELECT e.child_id, e.force,
           to_char(COALESCE(e.missing_since, e.found_at) AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
           row_number() OVER (PARTITION BY e.child_id ORDER BY COALESCE(e.missing_since, e.found_at), e.id) AS nth
      FROM episodes e
     WHERE e.withdrawn_at IS NULL
       AND COALESCE(e.missing_since, e.found_at) >= $1 AND COALESCE(e.missing_since, e.found_at) < $2
  ), episode_counts AS (
    SELECT CASE WHEN GROUPING(month) = 0 THEN 'MONTH' WHEN GROUPING(force) = 0 THEN 'FORCE' ELSE 'YEAR' END AS by,
           COALESCE(month, force, '') AS key,
           count(*)::int AS episodes, count(DISTINCT child_id)::int AS children,
           count(*) FILTER (WHERE nth >= 2)::int AS repeat_episodes,
           count(DISTINCT child_id) FILTER (WHERE nth >= 2)::int AS repeat_children
      FROM year_episodes GROUP BY GROUPING SETS ((month), (force), ())
  ), notification_counts AS (
    SELECT CASE WHEN GROUPING(month) = 0 THEN 'MONTH' WHEN GROUPING(force) = 0 THEN 'FORCE' ELSE 'YEAR' END AS by,
           COALESCE(month, force, '') AS key, count(*)::int AS notifications
      FROM (SELECT a.force, to_char(a.occurred_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month
              FROM applied_notifications a JOIN episodes e ON e.id = a.episode_id
             WHERE a.occurred_at >= $1 AND a.occurred_at < $2 AND e.withdrawn_at IS NULL) n
     GROUP BY GROUPING SETS ((month), (force), ())
  )
  SELECT COALESCE(e.by, n.by) AS by, COALESCE(e.key, n.key) AS key,
         COALESCE(n.notifications, 0) AS notifications, COALESCE(e.episodes, 0) AS episodes, COALESCE(e.children, 0) AS children,
         COALESCE(e.repeat_episodes, 0) AS "repeatEpisodes", COALESCE(e.repeat_children, 0) AS "repeatChildren"
    FROM episode_counts e FULL JOIN notification_counts n ON n.by = e.by AND n.key = e.key`;
