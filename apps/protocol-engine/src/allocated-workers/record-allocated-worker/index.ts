export * from './record-allocated-worker.command';
export * from './record-allocated-worker.usecase';
