export * from './secret-keys';
export * from './staff-tokens';
