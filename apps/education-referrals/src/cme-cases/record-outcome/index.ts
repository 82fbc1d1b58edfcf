export * from './record-outcome.usecase';
