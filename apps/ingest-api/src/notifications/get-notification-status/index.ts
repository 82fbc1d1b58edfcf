export * from './get-notification-status.usecase';
