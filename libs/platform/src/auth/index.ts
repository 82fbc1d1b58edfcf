export * from './secret-keys';
export * from './staff-tokens';
export * from './staff-token.guard';
