export * from './message-bus';
export * from './kafkajs-message-bus';
export * from './kafka.module';
