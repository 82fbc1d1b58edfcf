export * from './set-officer-password.command';
export * from './set-officer-password.usecase';
