export * from './change-leave.command';
export * from './change-leave.dto';
export * from './change-leave.usecase';
export * from './leave-change-rules';
