export * from './list-decisions.usecase';
