export * from './cme-outcome-form';
export * from './cme-outcome-form-page';
export * from './record-cme-outcome.usecase';
