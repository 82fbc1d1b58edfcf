export * from './get-task-history.command';
export * from './get-task-history.usecase';
export * from './history-action';
export * from './task-history.view';
