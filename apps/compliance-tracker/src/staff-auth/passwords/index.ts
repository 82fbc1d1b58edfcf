export * from './password-hash';
export * from './sign-in-back-off';
