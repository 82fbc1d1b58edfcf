/** Make sure the next weekly mailing is on the calendar (at start-up; the mailings chain on from there). */
export class ScheduleWeeklyReportMailingCommand {
  private constructor(readonly reason: 'start-up') {}

  static create(reason: 'start-up' = 'start-up'): ScheduleWeeklyReportMailingCommand {
    return new ScheduleWeeklyReportMailingCommand(reason);
  }
}
