export * from './record-leave.usecase';
