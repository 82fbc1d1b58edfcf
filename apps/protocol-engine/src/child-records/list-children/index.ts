export * from './list-children.usecase';
