export * from './list-record-views.usecase';
