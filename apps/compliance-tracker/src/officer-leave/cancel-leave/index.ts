export * from './cancel-leave.command';
export * from './cancel-leave.usecase';
