export * from './placement-notice-form';
export * from './record-placement-notice.usecase';
