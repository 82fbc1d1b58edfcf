export * from './raise-alerts-for-decision.command';
export * from './raise-alerts-for-decision.usecase';
export * from './decision-made.handler';
