export * from './rotate-api-key.usecase';
