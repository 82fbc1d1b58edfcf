export * from './decide-on-notification.command';
export * from './decide-on-notification.usecase';
export * from './notification-received.handler';
