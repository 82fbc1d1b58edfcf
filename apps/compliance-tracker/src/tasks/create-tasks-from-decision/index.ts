export * from './create-tasks-from-decision.command';
export * from './create-tasks-from-decision.usecase';
export * from './tasks-from-decisions.consumer';
