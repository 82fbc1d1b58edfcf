export * from './authenticate-school.usecase';
export * from './school-auth.guard';
