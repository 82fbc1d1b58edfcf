export { GetWeeklyReport, weeklyReportWeek, type GetWeeklyReportQuery } from './get-weekly-report.usecase';
