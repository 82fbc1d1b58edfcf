export * from './revoke-school-key.usecase';
