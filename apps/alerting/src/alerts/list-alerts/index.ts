export * from './list-alerts.query';
export * from './list-alerts.usecase';
