export * from './sweep-timers.usecase';
