export * from './start-leave.command';
export * from './start-leave.usecase';
export * from './leave-start.processor';
export * from './leave-start.wake-up';
