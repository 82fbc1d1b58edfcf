export * from './child-merges.consumer';
export * from './follow-child-merge.command';
export * from './follow-child-merge.usecase';
