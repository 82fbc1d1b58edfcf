export * from './show-leave.usecase';
