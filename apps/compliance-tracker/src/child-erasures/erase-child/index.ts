export * from './erase-child-tasks.command';
export * from './erase-child-tasks.consumer';
export * from './erase-child-tasks.usecase';
export * from './task-erasure';
