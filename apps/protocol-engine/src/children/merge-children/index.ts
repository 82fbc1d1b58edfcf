export * from './list-child-changes.usecase';
export * from './merge-children.command';
export * from './merge-children.usecase';
export * from './merge-children.views';
