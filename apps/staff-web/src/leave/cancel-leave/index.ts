export * from './cancel-leave.usecase';
