import { InitialIngest1764000000000 } from './1764000000000-initial-ingest';

export const ingestMigrations = [InitialIngest1764000000000];
