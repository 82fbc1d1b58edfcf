export * from './disable-officer.command';
export * from './disable-officer.usecase';
