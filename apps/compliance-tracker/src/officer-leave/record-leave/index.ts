export * from './record-leave.command';
export * from './record-leave.dto';
export * from './record-leave.usecase';
