export * from './list-placement-notices.usecase';
export * from './placement-notice.view';
