export * from './sweep-deadline-alarms.usecase';
export * from './deadline-sweep.scheduler';
