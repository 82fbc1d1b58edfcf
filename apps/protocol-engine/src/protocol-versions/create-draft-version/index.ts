export * from './create-draft-version.command';
export * from './create-draft-version.usecase';
