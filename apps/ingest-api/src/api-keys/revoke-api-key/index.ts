export * from './revoke-api-key.usecase';
