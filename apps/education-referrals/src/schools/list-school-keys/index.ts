export * from './list-school-keys.usecase';
