export * from './show-weekly-looked-after.usecase';
export * from './download-weekly-looked-after.usecase';
