export * from './get-task.command';
export * from './get-task.usecase';
export * from './task-detail.view';
