import { InitialCompliance1764000000000 } from './1764000000000-initial-compliance';

export const complianceMigrations = [InitialCompliance1764000000000];
