export * from './remove-from-list.command';
export * from './remove-from-list.usecase';
