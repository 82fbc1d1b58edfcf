export * from './validation';
export * from './correlation.middleware';
export * from './bootstrap';
export * from './date-validators';
export * from './fixed-window-counter';
export * from './unauthenticated-limit';
