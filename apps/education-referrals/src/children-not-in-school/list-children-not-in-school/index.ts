export * from './list-children-not-in-school.usecase';
