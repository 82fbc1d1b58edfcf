export * from './create-subscription.command';
export * from './create-subscription.usecase';
