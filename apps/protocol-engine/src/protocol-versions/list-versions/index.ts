export * from './list-versions.usecase';
