export * from './compliance-figures.query';
export * from './compliance-figures.view';
export * from './get-compliance-figures.usecase';
