export * from './infrastructure';
export * from './kafka-mock';
export * from './postgres';
export * from './redis';
export * from './services';
export { freePort, REPO_ROOT } from './process-utils';
export type { Stoppable } from './process-utils';
