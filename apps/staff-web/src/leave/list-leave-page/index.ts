export * from './list-leave-page.usecase';
