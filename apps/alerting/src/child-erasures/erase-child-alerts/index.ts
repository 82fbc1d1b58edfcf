export * from './child-erasures.consumer';
export * from './erase-child-alerts.command';
export * from './erase-child-alerts.usecase';
