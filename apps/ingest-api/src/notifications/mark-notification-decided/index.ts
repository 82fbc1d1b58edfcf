export * from './mark-notification-decided.command';
export * from './mark-notification-decided.usecase';
export * from './mark-notification-decided.consumer';
