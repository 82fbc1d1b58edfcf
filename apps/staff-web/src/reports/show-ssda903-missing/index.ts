export * from './show-ssda903-missing.usecase';
export * from './download-ssda903-missing.usecase';
