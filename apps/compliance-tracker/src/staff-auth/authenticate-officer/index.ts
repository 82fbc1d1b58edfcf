export * from './authenticate-officer.usecase';
export * from './staff-auth.guard';
