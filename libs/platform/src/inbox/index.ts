export * from './inbox.schema';
export * from './inbox';
