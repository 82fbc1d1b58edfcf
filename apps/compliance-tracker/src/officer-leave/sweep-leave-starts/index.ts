export * from './sweep-leave-starts.usecase';
