export * from './remove-from-list.usecase';
export * from './show-removal-form.usecase';
