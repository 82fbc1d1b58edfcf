export * from './addressing';
export * from './alert-raiser';
export * from './summaries';
