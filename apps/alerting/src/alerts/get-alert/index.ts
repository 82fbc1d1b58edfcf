export * from './get-alert.command';
export * from './get-alert.usecase';
