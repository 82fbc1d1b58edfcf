export * from './record-placement-notice.command';
export * from './record-placement-notice.usecase';
export * from './record-placement-notice.consumer';
