export * from './fire-deadline-step.command';
export * from './fire-deadline-step.usecase';
export * from './deadline-alarm.processor';
