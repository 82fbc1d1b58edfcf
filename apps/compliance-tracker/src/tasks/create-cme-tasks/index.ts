export * from './create-cme-tasks.command';
export * from './create-cme-tasks.usecase';
export * from './cme-tasks.consumer';
