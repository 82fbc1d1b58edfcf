export * from './authenticate-force.usecase';
export * from './force-auth.guard';
