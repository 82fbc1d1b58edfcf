export * from './escalate-unacknowledged-alert.command';
export * from './escalate-unacknowledged-alert.usecase';
export * from './escalation-alarms';
export * from './escalation.processor';
