export * from './referral-form';
export * from './record-cme-referral.usecase';
