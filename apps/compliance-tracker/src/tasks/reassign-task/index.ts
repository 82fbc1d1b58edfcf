export * from './reassign-rule';
export * from './reassign-task.command';
export * from './reassign-task.dto';
export * from './reassign-task.usecase';
