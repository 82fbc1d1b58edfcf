export * from './get-decision.usecase';
