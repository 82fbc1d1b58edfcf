export * from './claim-task.command';
export * from './claim-task.usecase';
