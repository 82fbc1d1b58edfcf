export * from './acknowledge-alert.command';
export * from './acknowledge-alert.usecase';
