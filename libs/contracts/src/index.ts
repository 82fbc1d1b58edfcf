export * from './envelope';
export * from './topics';
export * from './enums';
export * from './events';
export * from './child-key';
export * from './clock';
export * from './education';
