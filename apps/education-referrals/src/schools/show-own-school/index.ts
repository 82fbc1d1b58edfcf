export * from './show-own-school.usecase';
