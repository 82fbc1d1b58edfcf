export * from './delete-subscription.command';
export * from './delete-subscription.usecase';
