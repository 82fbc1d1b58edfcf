import type { DueWakeUp } from '@homeward/platform';
import { isReportWeek, type WeeklyMailing } from '../mailing-schedule';

/** A week's mailing fell due: e-mail its link to the configured recipients. */
export class MailWeeklyReportCommand {
  private constructor(readonly mailing: WeeklyMailing) {}

  static create(due: DueWakeUp): MailWeeklyReportCommand {
    if (!isReportWeek(due.subjectId)) throw new Error(`not a report week (a Monday, YYYY-MM-DD): ${due.subjectId}`);
    return new MailWeeklyReportCommand({ week: due.subjectId, dueAt: due.dueAt });
  }
}
