export * from './sign-in-with-password.command';
export * from './sign-in-with-password.usecase';
