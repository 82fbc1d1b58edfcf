export * from './authenticate-officer.usecase';
export * from './staff-auth.guard';
export * from './staff-access';
