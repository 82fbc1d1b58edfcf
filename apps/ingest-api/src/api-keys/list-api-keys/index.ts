export * from './list-api-keys.usecase';
