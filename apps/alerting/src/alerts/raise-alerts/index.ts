export * from './alert-raiser';
export * from './summaries';
export * from './alert-dispatcher';
