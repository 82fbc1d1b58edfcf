export * from './get-cme-case.usecase';
