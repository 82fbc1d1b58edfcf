export * from './allocated-worker-form';
export * from './set-allocated-worker.usecase';
