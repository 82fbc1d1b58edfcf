export * from './activate-version.command';
export * from './activate-version.usecase';
