export * from './receive-notification.command';
export * from './receive-notification.usecase';
