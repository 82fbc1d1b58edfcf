export * from './child-erasures.consumer';
export * from './erase-child-cases.command';
export * from './erase-child-cases.usecase';
