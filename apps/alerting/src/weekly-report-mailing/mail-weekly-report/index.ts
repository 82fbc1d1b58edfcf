export * from './mail-weekly-report.command';
export * from './mail-weekly-report.usecase';
export * from './weekly-report-mailing.wake-up-handler';
