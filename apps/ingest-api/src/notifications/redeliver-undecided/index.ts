export * from './redeliver-undecided.usecase';
export * from './undecided-check';
export * from './undecided-metrics';
