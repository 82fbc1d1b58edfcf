export * from './unclaim-rule';
export * from './unclaim-task.command';
export * from './unclaim-task.usecase';
