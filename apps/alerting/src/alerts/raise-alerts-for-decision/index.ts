export * from './raise-alerts-for-decision.command';
export * from './raise-alerts-for-decision.usecase';
export * from './raise-alerts-for-decision.consumer';
