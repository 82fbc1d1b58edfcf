export * from './get-monthly-pack.usecase';
