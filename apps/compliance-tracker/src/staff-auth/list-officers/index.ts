export * from './list-officers.usecase';
export * from './officer.view';
