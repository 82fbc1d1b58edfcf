import { AlertingKinds } from '@homeward/routing';
import type { AlertFeedQuery } from '../data/alerting.types';

/** The feed's filters as the page's form sends them (`?unacknowledged=true&kind=HIGH_RISK`). */
export interface AlertFeedFilters {
  unacknowledged: boolean;
  kind?: string;
}

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** A kind alerting does not know is no filter: the feed shows everything rather than an error. */
export function readAlertFilters(query: Record<string, unknown>): AlertFeedFilters {
  const kind = first(query.kind);
  return {
    unacknowledged: first(query.unacknowledged) === 'true',
    kind: typeof kind === 'string' && (AlertingKinds as readonly string[]).includes(kind) ? kind : undefined,
  };
}

/** As alerting's feed takes them. */
export function feedQuery(filters: AlertFeedFilters, limit: number): AlertFeedQuery {
  return { kind: filters.kind, acknowledged: filters.unacknowledged ? false : undefined, limit };
}

/** The same filters as a query string ('' for none, else '?…'): for links back to this view of the feed. */
export function filtersQueryString(filters: AlertFeedFilters): string {
  const params = new URLSearchParams();
  if (filters.unacknowledged) params.set('unacknowledged', 'true');
  if (filters.kind) params.set('kind', filters.kind);
  const text = params.toString();
  return text ? `?${text}` : '';
}
