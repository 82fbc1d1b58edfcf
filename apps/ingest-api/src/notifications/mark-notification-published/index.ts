export * from './mark-notifications-published.usecase';
export * from './notifications-published.hook';
