export * from './begin-oidc-sign-in.command';
export * from './begin-oidc-sign-in.usecase';
