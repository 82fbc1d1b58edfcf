export * from './run-what-if.command';
export * from './run-what-if.usecase';
