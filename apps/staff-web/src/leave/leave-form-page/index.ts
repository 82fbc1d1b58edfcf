export * from './leave-form-page.usecase';
