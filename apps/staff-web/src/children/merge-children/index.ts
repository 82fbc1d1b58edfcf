export * from './merge-children.usecase';
