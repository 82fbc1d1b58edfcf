export * from './list-leave.command';
export * from './list-leave.query';
export * from './list-leave.usecase';
