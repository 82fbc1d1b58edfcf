export * from './validation';
export * from './correlation.middleware';
export * from './bootstrap';
export * from './date-validators';
