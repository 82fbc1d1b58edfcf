export * from './outcome-permission';
export * from './outcome-transitions';
export * from './record-outcome.command';
export * from './record-outcome.dto';
export * from './record-outcome.usecase';
