export * from './list-tasks.query';
export * from './list-tasks.usecase';
