export * from './wake-up';
export * from './wake-up.schema';
export * from './wake-ups';
export * from './wake-ups.module';
export type { WakeUpSweepReport } from './wake-up-sweep';
