/**
 * What a key may post. A police force's key posts notifications; a placing authority's key posts
 * placement notices only. The key's `force` column then holds the authority's code.
 */
export const ApiKeyScopes = ['POLICE_NOTIFICATIONS', 'PLACEMENT_NOTICES'] as const;
export type ApiKeyScope = (typeof ApiKeyScopes)[number];
