export * from './mark-notification-published.command';
export * from './mark-notification-published.usecase';
export * from './mark-notification-published.consumer';
