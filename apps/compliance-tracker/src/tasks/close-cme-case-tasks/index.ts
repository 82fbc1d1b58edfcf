export * from './close-cme-case-tasks.command';
export * from './close-cme-case-tasks.usecase';
export * from './cme-case-closures.consumer';
