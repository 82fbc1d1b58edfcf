export * from './secret-keys';
