/** Every task of the episodes in $1 (missing-episode work only), by the tasks_episode index. */
export const EPISODE_TASKS_SQL = `
  SELECT t.id, t.episode_id AS "episodeId", t.type, t.status, t.priority, t.due_at AS "dueAt", t.outcome,
         t.responsible_authority AS "responsibleAuthority", t.host_force AS "hostForce", t.assignee,
         t.superseded_by AS "supersededBy", t.created_at AS "createdAt"
    FROM tasks t
   WHERE t.episode_id = ANY($1::uuid[]) AND t.subject_kind = 'MISSING_EPISODE'`;
