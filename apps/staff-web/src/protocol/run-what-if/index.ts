export * from './run-what-if.usecase';
