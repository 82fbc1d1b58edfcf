export * from './issue-staff-token.command';
export * from './issue-staff-token.usecase';
export * from './staff-token.view';
