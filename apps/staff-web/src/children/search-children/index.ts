export * from './search-children.command';
export * from './search-children.usecase';
