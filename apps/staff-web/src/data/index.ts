export * from './api-errors';
export * from './api-client';
export * from './compliance-tracker.client';
export * from './compliance-tracker.types';
export * from './protocol-engine.client';
export * from './alerting.client';
export * from './protocol-engine.types';
export * from './alerting.types';
