export * from './record-decision';
