export * from './list-child-erasures.usecase';
