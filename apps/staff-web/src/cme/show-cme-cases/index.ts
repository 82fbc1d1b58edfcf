export * from './show-cme-cases.usecase';
