export * from './list-subscriptions.usecase';
