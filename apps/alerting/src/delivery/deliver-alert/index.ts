export * from './deliver-alert.command';
export * from './deliver-alert.usecase';
export * from './delivery-wake-up';
export * from './delivery.wake-up-handler';
