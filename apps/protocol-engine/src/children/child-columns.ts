/** A child row as SQL reads it into the entity's shape. */
export const CHILD_COLUMNS = `id, child_key AS "childKey", given_name AS "givenName", family_name AS "familyName",
  date_of_birth::text AS "dateOfBirth", gender, local_authority_id AS "localAuthorityId", first_seen_at AS "firstSeenAt",
  merged_into AS "mergedInto", merged_at AS "mergedAt", erased_at AS "erasedAt"`;
