import type { OfficerView } from '../../data/compliance-tracker.types';
import type { FieldError } from '../../web/forms';

/** The select's value for "no allocated worker" (a staff id never has a space). */
export const NO_WORKER = 'none';

/** Who can be a child's allocated worker: people who do the casework, still able to sign in. */
export function workerOptions(officers: OfficerView[], chosen: string | null | undefined): { value: string; text: string; selected: boolean }[] {
  const people = officers.filter((o) => !o.disabled && (o.role === 'CMO' || o.role === 'MANAGER')).sort((a, b) => a.displayName.localeCompare(b.displayName));
  return [
    { value: '', text: 'Choose a worker', selected: chosen === undefined },
    ...people.map((o) => ({ value: o.username, text: o.displayName || o.username, selected: chosen === o.username })),
    { value: NO_WORKER, text: 'No allocated worker', selected: chosen === null },
  ];
}

/** The staff id chosen (null: none), or the error naming the field. */
export function readWorkerChoice(body: Record<string, unknown>, officers: OfficerView[]): { staffId: string | null } | { errors: FieldError[]; chosen: undefined } {
  const value = typeof body.worker === 'string' ? body.worker : '';
  if (value === NO_WORKER) return { staffId: null };
  if (officers.some((o) => o.username === value && !o.disabled)) return { staffId: value };
  return { errors: [{ field: 'worker', text: 'Choose the allocated worker, or no allocated worker' }], chosen: undefined };
}
