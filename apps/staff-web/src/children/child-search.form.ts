import type { FieldError } from '../web/forms';

export const MIN_QUERY = 2;
export const MAX_QUERY = 100;

export interface ChildSearchForm {
  /** What was typed, trimmed; undefined when the page was opened without searching. */
  q?: string;
  errors: FieldError[];
}

/** The search box: absent is the empty form, blank or too short or long is an error naming the field. */
export function readChildSearch(raw: unknown): ChildSearchForm {
  if (raw === undefined) return { errors: [] };
  const q = (Array.isArray(raw) ? String(raw[0] ?? '') : String(raw)).trim();
  if (q === '') return { q, errors: [{ field: 'q', text: 'Enter a name, date of birth, police reference or LA id' }] };
  if (q.length < MIN_QUERY) return { q, errors: [{ field: 'q', text: `Enter at least ${MIN_QUERY} characters` }] };
  if (q.length > MAX_QUERY) return { q, errors: [{ field: 'q', text: `Search must be ${MAX_QUERY} characters or fewer` }] };
  return { q, errors: [] };
}
