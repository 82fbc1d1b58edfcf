import { InitialAlerting1764000000000 } from './1764000000000-initial-alerting';

export const alertingMigrations = [InitialAlerting1764000000000];
