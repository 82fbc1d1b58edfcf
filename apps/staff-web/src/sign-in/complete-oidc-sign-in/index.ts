export * from './complete-oidc-sign-in.command';
export * from './complete-oidc-sign-in.usecase';
