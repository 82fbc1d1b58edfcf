export * from './raise-alerts-for-task-deadline.command';
export * from './raise-alerts-for-task-deadline.usecase';
export * from './raise-alerts-for-task-deadline.consumer';
