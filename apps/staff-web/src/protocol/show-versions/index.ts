export * from './show-versions.usecase';
