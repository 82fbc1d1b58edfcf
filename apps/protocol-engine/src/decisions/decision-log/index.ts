export * from './decision-log';
