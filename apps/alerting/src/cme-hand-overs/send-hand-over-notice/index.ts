export * from './cme-hand-overs.consumer';
export * from './send-hand-over-notice.command';
export * from './send-hand-over-notice.usecase';
