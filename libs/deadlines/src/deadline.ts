import type { DeadlineRule } from '@homeward/contracts';
import { addClockHours } from './clock-hours';
import { type WorkingDayCalendar, addWorkingDays, englandAndWalesCalendar } from './working-days';

/** The instant a task falls due: `rule` applied to the instant it counts from. */
export function computeDeadline(
  rule: DeadlineRule,
  anchor: Date,
  calendar: WorkingDayCalendar = englandAndWalesCalendar,
): Date {
  if (!Number.isFinite(rule.amount) || rule.amount < 0) {
    throw new RangeError(`deadline amount must be a non-negative number, got ${rule.amount}`);
  }
  switch (rule.unit) {
    case 'CLOCK_HOURS':
      return addClockHours(anchor, rule.amount);
    case 'WORKING_DAYS':
      return addWorkingDays(anchor, rule.amount, calendar);
    default: {
      const unknown: never = rule.unit;
      throw new RangeError(`unknown deadline unit ${String(unknown)}`);
    }
  }
}
