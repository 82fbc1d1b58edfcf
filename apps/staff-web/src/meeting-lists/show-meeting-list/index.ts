export * from './show-meeting-list.usecase';
