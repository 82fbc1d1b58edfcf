import { assertValidInstant } from './london-time';

const MS_PER_HOUR = 3_600_000;

/**
 * `hours` clock hours after `anchor`: elapsed time, not wall-clock time, so 72 hours is
 * always 72 x 3600 s whatever the clocks do in between (a 72 h deadline that spans the
 * change to BST ends one hour later on the London clock than it started).
 */
export function addClockHours(anchor: Date, hours: number): Date {
  assertValidInstant(anchor, 'anchor');
  if (!Number.isFinite(hours)) throw new RangeError('hours must be a finite number');
  return new Date(anchor.getTime() + hours * MS_PER_HOUR);
}
