export * from './search-children.usecase';
