export * from './list-meeting-list.usecase';
