export * from './change-leave.usecase';
