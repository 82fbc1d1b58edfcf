export * from './sweep-alerts.usecase';
export * from './sweep.processor';
