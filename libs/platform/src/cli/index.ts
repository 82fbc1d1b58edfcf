export * from './ops-cli';
