export * from './list-alerts.usecase';
