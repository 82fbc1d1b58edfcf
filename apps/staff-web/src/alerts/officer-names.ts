import type { OfficerView } from '../data/compliance-tracker.types';

/** username → the name pages show ("cmo" → "Casey Morgan"); anyone not in the directory shows as their id. */
export function officerNames(officers: OfficerView[]): Record<string, string> {
  return Object.fromEntries(officers.map((o) => [o.username, o.displayName || o.username]));
}
