export * from './secret-keys';
export * from './staff-tokens';
export * from './staff-token.guard';
export * from './staff-api.decorators';
