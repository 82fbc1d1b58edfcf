export * from './erase-child.command';
export * from './erase-child.usecase';
