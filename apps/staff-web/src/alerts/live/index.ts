export * from './alert-event-stream';
export * from './relay-live-alerts.command';
export * from './relay-live-alerts.usecase';
