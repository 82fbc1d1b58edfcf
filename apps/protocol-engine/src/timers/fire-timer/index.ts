export * from './fire-timer.command';
export * from './fire-timer.usecase';
export * from './episode-timer-due.handler';
