export * from './decide-on-notification.command';
export * from './decide-on-notification.usecase';
export * from './decide-on-notification.consumer';
