export * from './receive-placement-notice.command';
export * from './receive-placement-notice.usecase';
