export * from './register-school.usecase';
