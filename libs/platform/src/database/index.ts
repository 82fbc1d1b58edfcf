export * from './run-migrations';
export * from './data-source-options';
