export * from './outbox.schema';
export * from './outbox.writer';
export * from './outbox.relay';
export * from './unit-of-work';
export * from './outbox.module';
