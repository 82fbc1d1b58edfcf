export * from './keep-staff-directory.command';
export * from './keep-staff-directory.usecase';
export * from './staff-directory.consumer';
