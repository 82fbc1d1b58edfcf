export * from './show-compliance.usecase';
