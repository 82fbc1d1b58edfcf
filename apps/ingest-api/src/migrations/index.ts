import { InitialIngest1764000000000 } from './1764000000000-initial-ingest';
import { DecisionsInbox1764200000000 } from './1764200000000-decisions-inbox';

export const ingestMigrations = [InitialIngest1764000000000, DecisionsInbox1764200000000];
