export * from './escalate-unacknowledged-alert.command';
export * from './escalate-unacknowledged-alert.usecase';
export * from './escalation-wake-up';
export * from './escalation.wake-up-handler';
