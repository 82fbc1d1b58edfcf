export * from './record-agency-referral.usecase';
