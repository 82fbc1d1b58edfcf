export * from './show-alert-feed.command';
export * from './show-alert-feed.usecase';
