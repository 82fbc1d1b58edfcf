export * from './list-cme-cases.usecase';
