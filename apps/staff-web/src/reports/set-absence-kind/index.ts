export * from './set-absence-kind.usecase';
