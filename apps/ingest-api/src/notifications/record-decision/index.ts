export * from './record-decision.command';
export * from './record-decision.usecase';
export * from './decision-made.handler';
