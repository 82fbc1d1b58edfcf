export * from './cme-case.page';
export * from './show-cme-case.usecase';
