export * from './record-reply.command';
export * from './record-reply.dto';
export * from './record-reply.usecase';
