export * from './development-values';
export * from './env.decorator';
export * from './load-config';
export * from './service.config';
export * from './trust-proxy';
