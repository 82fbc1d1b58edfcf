export * from './list-child-episodes.usecase';
