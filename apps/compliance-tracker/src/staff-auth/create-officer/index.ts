export * from './create-officer.command';
export * from './create-officer.usecase';
