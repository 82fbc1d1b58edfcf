export * from './fire-timer.command';
export * from './fire-timer.usecase';
