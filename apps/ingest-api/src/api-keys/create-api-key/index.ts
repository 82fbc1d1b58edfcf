export * from './create-api-key.usecase';
