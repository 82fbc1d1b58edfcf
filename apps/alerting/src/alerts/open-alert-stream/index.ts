export * from './open-alert-stream.command';
export * from './open-alert-stream.usecase';
export * from './stream-slots';
