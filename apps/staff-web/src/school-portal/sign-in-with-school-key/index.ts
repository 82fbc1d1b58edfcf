export * from './sign-in-with-school-key.command';
export * from './sign-in-with-school-key.usecase';
