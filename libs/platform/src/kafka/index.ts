export * from './message-bus';
export * from './kafkajs-message-bus';
