export * from './get-cme-figures.usecase';
