export * from './body-retention';
export * from './purge-retained-bodies.usecase';
