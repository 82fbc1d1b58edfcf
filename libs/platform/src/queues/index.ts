export * from './job-id';
export * from './dead-letter.schema';
export * from './queue-factory';
export * from './queues.module';
