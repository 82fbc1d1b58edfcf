export * from './child-record.page';
export * from './show-child-record.command';
export * from './show-child-record.usecase';
