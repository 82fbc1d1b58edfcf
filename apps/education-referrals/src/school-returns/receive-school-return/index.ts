export * from './receive-school-return.command';
export * from './receive-school-return.usecase';
