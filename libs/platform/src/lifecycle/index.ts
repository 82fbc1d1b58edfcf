export * from './service-lifecycle';
