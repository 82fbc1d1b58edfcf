export * from './show-alert.command';
export * from './show-alert.usecase';
