export * from './escalation-ladder.usecase';
