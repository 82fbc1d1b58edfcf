import type { WakeUp } from '@homeward/platform';
import type { WeeklyMailing } from './mailing-schedule';

/** One week's mailing of the weekly looked-after report's link, at its configured time. */
export const WEEKLY_REPORT_MAILING = 'weekly-report-mailing';

/**
 * The week reported is the subject, so a mailing scheduled twice (two instances starting, a
 * restart, the chain and a start-up) is one wake-up; the due instant is the version, so a changed
 * WEEKLY_REPORT_TIME gives the week a wake-up of its own (the week is mailed once either way).
 */
export const weeklyMailingWakeUp = (mailing: WeeklyMailing): WakeUp => ({
  kind: WEEKLY_REPORT_MAILING,
  subjectId: mailing.week,
  version: mailing.dueAt.getTime(),
  dueAt: mailing.dueAt,
});
