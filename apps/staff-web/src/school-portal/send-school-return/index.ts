export * from './send-school-return.usecase';
