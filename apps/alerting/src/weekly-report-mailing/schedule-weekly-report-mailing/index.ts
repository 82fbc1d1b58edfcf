export * from './schedule-weekly-report-mailing.command';
export * from './schedule-weekly-report-mailing.usecase';
export * from './weekly-report-mailing.starter';
