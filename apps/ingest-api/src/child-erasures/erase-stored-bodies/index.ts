export * from './erase-stored-bodies.command';
export * from './erase-stored-bodies.usecase';
export * from './erase-stored-bodies.consumer';
