export * from './get-leave.command';
export * from './get-leave.usecase';
export * from './leave-detail.view';
export * from './tasks-moved';
