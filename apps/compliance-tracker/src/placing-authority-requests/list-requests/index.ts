export * from './list-requests.command';
export * from './list-requests.usecase';
