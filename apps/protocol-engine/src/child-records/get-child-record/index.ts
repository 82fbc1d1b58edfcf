export * from './get-child-record.usecase';
