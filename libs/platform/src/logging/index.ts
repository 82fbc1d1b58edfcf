export * from './correlation';
export * from './redaction';
export * from './logging.module';
