export * from './alert-raiser';
export * from './summaries';
