export * from './cancel-reasons';
export * from './cancel-task.command';
export * from './cancel-task.dto';
export * from './cancel-task.usecase';
export * from './task-canceller';
