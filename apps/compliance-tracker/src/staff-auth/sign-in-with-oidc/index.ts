export * from './id-token-verifier';
export * from './oidc-identity';
export * from './oidc-sign-in.dto';
export * from './sign-in-with-oidc.command';
export * from './sign-in-with-oidc.usecase';
