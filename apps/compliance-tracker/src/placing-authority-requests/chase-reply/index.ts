export * from './chase-reply.command';
export * from './chase-reply.usecase';
export * from './reply-chase.processor';
export * from './reply-chase.wake-up';
